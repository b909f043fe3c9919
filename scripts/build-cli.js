#!/usr/bin/env node
// Compiles the `annex` command to one JavaScript file, so it starts without compiling TypeScript each time.
// Run by `npm ci` / `npm install` (the `prepare` script) and by `npm run build:cli`. bin/annex.js loads the
// result only while every source it was built from is unchanged (see bin/compiled-cli.js).
const fs = require("fs");
const path = require("path");
const { CLI_FILE, INPUTS_FILE, DEFAULT_OUT_DIR } = require("../bin/compiled-cli");

const ROOT = path.join(__dirname, "..");

/**
 * Bundles one TypeScript entry point and what it imports into one CommonJS file for Node 20; packages in
 * node_modules stay external. Also used by the benchmark, so its read+write floor runs compiled like the
 * command it is compared with. Returns esbuild's result (with its metafile).
 */
async function bundleNodeScript(entry, outfile) {
  const esbuild = require("esbuild");
  return esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    metafile: true,
    logLevel: "silent",
  });
}

/**
 * Bundles src/cli/main.ts into `${outDir}/annex.js` (packages in node_modules stay external) and records
 * the size and modification time of every source file in `${outDir}/inputs.json`. Returns the file written.
 */
async function buildCli(outDir = DEFAULT_OUT_DIR) {
  fs.mkdirSync(outDir, { recursive: true });
  // Written last, removed first: while it is missing, bin/annex.js does not use a half-written build.
  fs.rmSync(path.join(outDir, INPUTS_FILE), { force: true });
  const outfile = path.join(outDir, CLI_FILE);
  const result = await bundleNodeScript(path.join(ROOT, "src", "cli", "main.ts"), outfile);
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(ROOT, input);
    const stat = fs.statSync(file);
    inputs[path.relative(outDir, file)] = { size: stat.size, mtimeMs: stat.mtimeMs };
  }
  fs.writeFileSync(path.join(outDir, INPUTS_FILE), JSON.stringify(inputs, null, 1) + "\n");
  return outfile;
}

module.exports = { buildCli, bundleNodeScript };

if (require.main === module) {
  buildCli().then(
    (file) => process.stdout.write(`annex: built ${path.relative(ROOT, file)}\n`),
    (error) => {
      process.stderr.write(
        `annex: could not build the command: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
