#!/usr/bin/env node
// The `annex` command: the compiled build (made by `npm ci` / `npm run build:cli`) when it is up to date with
// the sources, which starts fast; otherwise the TypeScript sources through tsx, so a fresh clone still runs.
const compiled = require("./compiled-cli").freshCompiledCli();
if (compiled) {
  require(compiled);
} else {
  require("tsx/cjs");
  require("../src/cli/main.ts");
}
