#!/usr/bin/env node
// The benchmark's read+write floor (bench/floor.ts), run through tsx exactly as bin/annex.js runs the CLI.
require("tsx/cjs");
require("../bench/floor.ts");
