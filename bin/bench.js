#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmark through tsx, so a fresh clone needs no build step.
require("tsx/cjs");
require("../bench/main.ts");
