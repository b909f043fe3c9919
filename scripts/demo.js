#!/usr/bin/env node
// `npm run demo`: the round trip with the wards on the bundled examples. First the report templates for
// every ward that must report, from the plan in examples-plan/ (demo-output/mau/); then the consolidation of
// the example submissions in examples/ into demo-output/tong-hop.xlsx, with one feedback file per ward in
// demo-output/phan-hoi/ (a reminder for the ward that sent nothing).
// The examples hold real defects on purpose, so the CLI's exit status 1 ("some findings are errors") is
// the expected outcome here and not a failure of the demo; bad usage or a crash (2 or more) still fails.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
// Paths relative to the project, so the summary shows `examples/phuong-…xlsx`, not this machine's folders.
const directory = path.join("examples", "danh-muc-co-quan.xlsx");
const plan = path.join("examples-plan", "ke-hoach.xlsx");
const due = "2024-11-30";

function annex(args) {
  const run = spawnSync(process.execPath, [path.join("bin", "annex.js"), ...args], {
    stdio: "inherit",
    cwd: root,
  });
  if (run.error) throw run.error;
  return run.status ?? 2;
}

const templates = annex([
  "templates",
  plan,
  "--directory",
  directory,
  "--due",
  due,
  "-o",
  path.join("demo-output", "mau"),
]);
if (templates !== 0) process.exit(templates);
const status = annex([
  "consolidate",
  "examples",
  "--directory",
  directory,
  "--year",
  "2024",
  "--as-of",
  "2024-11-20",
  "--plan",
  plan,
  "--feedback",
  path.join("demo-output", "phan-hoi"),
  "--due",
  due,
  "-o",
  path.join("demo-output", "tong-hop.xlsx"),
  ...process.argv.slice(2),
]);
process.exit(status === 1 ? 0 : status);
