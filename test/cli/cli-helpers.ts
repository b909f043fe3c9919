/** Runs the real `annex` command (bin/annex.js through tsx) as a child process. */
import { spawnSync } from "child_process";
import path from "path";

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
