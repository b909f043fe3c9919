// Where the compiled `annex` command lives, and whether it may be used: only while every source file it
// was built from still has the size and modification time recorded at build time. Otherwise (not built,
// or a source edited since) bin/annex.js runs the TypeScript through tsx, with the same behaviour.
const fs = require("fs");
const path = require("path");

const DEFAULT_OUT_DIR = path.join(__dirname, "..", "build", "cli");
const CLI_FILE = "annex.js";
const INPUTS_FILE = "inputs.json";

/** The compiled command's path when it exists and is up to date with its sources, else undefined. */
function freshCompiledCli(outDir = DEFAULT_OUT_DIR) {
  const cli = path.join(outDir, CLI_FILE);
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(outDir, INPUTS_FILE), "utf8"));
  } catch {
    return undefined; // not built (or half built): the TypeScript sources are the truth
  }
  if (!fs.existsSync(cli)) return undefined;
  try {
    for (const [file, recorded] of Object.entries(inputs)) {
      const stat = fs.statSync(path.resolve(outDir, file), { throwIfNoEntry: false });
      if (!stat || stat.size !== recorded.size || stat.mtimeMs !== recorded.mtimeMs) return undefined;
    }
  } catch {
    return undefined; // a source that cannot be checked: run the sources, which report any real problem
  }
  return cli;
}

module.exports = { freshCompiledCli, DEFAULT_OUT_DIR, CLI_FILE, INPUTS_FILE };
