#!/usr/bin/env node
// The `annex` command: runs the TypeScript CLI through tsx, so a fresh clone needs no build step.
require("tsx/cjs");
require("../src/cli/main.ts");
