#!/usr/bin/env node
// `npm run demo`: consolidates the example ward submissions in examples/ into demo-output/tong-hop.xlsx.
// The examples hold real defects on purpose, so the CLI's exit status 1 ("some findings are errors") is
// the expected outcome here and not a failure of the demo; bad usage or a crash (2 or more) still fails.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
// Paths relative to the project, so the summary shows `examples/phuong-…xlsx`, not this machine's folders.
const args = [
  path.join("bin", "annex.js"),
  "consolidate",
  "examples",
  "--directory",
  path.join("examples", "danh-muc-co-quan.xlsx"),
  "--year",
  "2024",
  "--as-of",
  "2024-11-20",
  "-o",
  path.join("demo-output", "tong-hop.xlsx"),
  ...process.argv.slice(2),
];
const run = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root });
if (run.error) throw run.error;
const status = run.status ?? 2;
process.exit(status === 1 ? 0 : status);
