/**
 * Issue 10: how long `annex --help` takes to start, as a whole process (best of several runs, all shown),
 * beside a bare `node -e 0` on the same machine; the target is 300 ms. `compiled` says whether bin/annex.js
 * found an up-to-date build (`npm run build:cli`, also run by `npm ci`) or fell back to tsx.
 */
import { spawnSync } from "child_process";
import path from "path";
import { performance } from "perf_hooks";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freshCompiledCli } = require("../bin/compiled-cli") as { freshCompiledCli: () => string | undefined };

export const STARTUP_TARGET_MS = 300;
const RUNS = 5;

function bestWallMs(args: readonly string[]): { ms: number; runs: number[] } {
  spawnSync(process.execPath, args); // warm-up: the file system cache
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: "utf8" });
    runs.push(Math.round(performance.now() - start));
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  }
  return { ms: Math.min(...runs), runs };
}

export function benchStartup(root: string): Record<string, unknown> {
  const annex = bestWallMs([path.join(root, "bin", "annex.js"), "--help"]);
  const node = bestWallMs(["-e", "0"]);
  return {
    bench: "cli.startup",
    command: "annex --help",
    compiled: freshCompiledCli() !== undefined,
    ms: annex.ms,
    runs: annex.runs,
    bareNodeMs: node.ms,
    targetMs: STARTUP_TARGET_MS,
    met: annex.ms <= STARTUP_TARGET_MS,
  };
}
