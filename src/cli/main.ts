/** Entry point of `annex` (bin/annex.js loads its build, else runs it through tsx). Reads the clock once, here. */
import { dayNumber } from "../core/day";
import { runCli } from "./run";

function today(): number {
  const now = new Date();
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

// `annex validate --json | head`: a reader that stops early is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: today(),
}).then(
  (code) => {
    // exitCode, not exit(): a large JSON report on a pipe must be flushed before the process ends.
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  },
);
