/**
 * Runs the `annex` command: as a child process (bin/annex.js, compiled when built, else the sources through
 * tsx), or in this process through runCli with captured output and a fixed "today".
 */
import { spawnSync } from "child_process";
import crypto from "crypto";
import fs from "fs";
import path from "path";
import { runCli } from "../../src/cli/run";
import { dayNumber } from "../../src/core/day";

export const ROOT = path.join(__dirname, "..", "..");

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `as` runs it as another user (when the tests run as root, whom no permission stops). */
export function annex(
  args: readonly string[],
  cwd: string = ROOT,
  as?: { readonly uid: number; readonly gid: number },
): CliRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin", "annex.js"), ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
    ...(as ?? {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command in this process, "today" being 20/11/2024, and returns what it printed. */
export async function runInProcess(
  argv: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli([...argv], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: dayNumber(2024, 11, 20),
  });
  return { code, stdout, stderr };
}

/** A file's SHA-256, to show its bytes are unchanged. */
export function fileDigest(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}
