/**
 * The task pane's start-up JavaScript, gzipped (issue #3): the production bundle built with the project's
 * webpack config, then the scripts `taskpane.html` loads summed at gzip level 9. It builds into a
 * temporary folder, so the `dist/` another person may be serving is left alone.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { gzipSync } from "zlib";
import type { Configuration } from "webpack";
import { compile, productionConfig } from "../test/helpers/webpack-build";

/** 300 KB: the initial-JS budget the browser test also holds the pane to. */
export const BUNDLE_TARGET_BYTES = 300 * 1024;

/** webpack.config.js in production mode, writing to `outDir`. */
async function productionConfigInto(outDir: string): Promise<Configuration> {
  const config = await productionConfig();
  return { ...config, output: { ...config.output, path: outDir } };
}

/** The local scripts an html page loads by `<script src>` (a CDN office.js is not ours), in order. */
export function htmlScripts(html: string): string[] {
  // Attribute quotes are optional in minified HTML.
  return [...html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .filter((src) => src !== "" && !/^(?:https?:)?\/\//i.test(src))
    .map((src) => src.split(/[?#]/)[0]!.replace(/^\.?\//, ""));
}

export interface BundleSize {
  readonly files: { file: string; bytes: number; gzipBytes: number }[];
  readonly gzipBytes: number;
  readonly buildMs: number;
}

/** Builds the production bundle and measures what taskpane.html loads at start-up. */
export async function measureTaskpaneBundle(): Promise<BundleSize> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-bundle-"));
  try {
    const start = performance.now();
    await compile(await productionConfigInto(outDir));
    const buildMs = Math.round(performance.now() - start);
    const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    const files = htmlScripts(html).map((file) => {
      const bytes = fs.readFileSync(path.join(outDir, file));
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
    if (files.length === 0) throw new Error("taskpane.html loads no local script");
    return { files, gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0), buildMs };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
