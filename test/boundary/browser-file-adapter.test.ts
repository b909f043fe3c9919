/**
 * One file adapter for Node and the browser (issue 12): every module the web page reaches from
 * src/app/index.tsx — the page, the CLI's platform-free steps, core and src/file's byte-level code —
 * imports no Node built-in. The one exception is platform.ts, which webpack.config.js replaces with
 * platform-browser.ts for the page; the test checks that the replacement is configured too.
 */
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const ENTRY = path.join(ROOT, "src/app/index.tsx");
const NODE_PLATFORM = path.join(ROOT, "src/file/platform.ts");
// `import type` is erased by the compiler: it brings nothing into the bundle.
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;]*?from\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/g;
const BUILTINS = new Set(builtinModules);

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find((file) => fs.existsSync(file));
}

/** The local modules reachable from the entry, and the packages each imports. */
function reachable(entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (found.has(file)) continue;
    const packages: string[] = [];
    found.set(file, packages);
    // The Node side of the platform is swapped out of the page's bundle: not followed.
    if (file === NODE_PLATFORM) continue;
    for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? "";
      if (!specifier.startsWith(".")) {
        packages.push(specifier);
        continue;
      }
      const target = resolveLocal(file, specifier);
      if (!target) throw new Error(`${path.relative(ROOT, file)}: cannot resolve ${specifier}`);
      queue.push(target);
    }
  }
  return found;
}

const modules = reachable(ENTRY);

describe("the web page's modules", () => {
  it("include the file adapter's reader and writer", () => {
    const names = [...modules.keys()].map((f) => path.relative(ROOT, f));
    expect(names).toEqual(
      expect.arrayContaining([
        "src/file/read-package.ts",
        "src/file/write-workbook.ts",
        "src/file/zip-writer.ts",
      ]),
    );
    expect(names).not.toContain("src/file/read-bytes.ts");
    expect(names).not.toContain("src/file/write-file.ts");
  });

  it("import no Node built-in", () => {
    const nodeImports = [...modules]
      .filter(([file]) => file !== NODE_PLATFORM)
      .flatMap(([file, packages]) =>
        packages
          .filter((p) => p.startsWith("node:") || BUILTINS.has(p))
          // The npm port of Node's buffer, which exceljs needs: the page's bundle resolves it to npm's `buffer`.
          .filter((p) => !(p === "buffer" && file.endsWith("browser-globals.ts")))
          .map((p) => `${path.relative(ROOT, file)}: ${p}`),
      );
    expect(nodeImports).toEqual([]);
  });

  it("get platform-browser.ts in place of platform.ts, and exceljs from its sources", async () => {
    type WebpackConfig = (
      env: object,
      argv: object,
    ) => Promise<{ resolve: { alias: Record<string, string> } }>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as WebpackConfig;
    const config = await webpackConfig({}, { mode: "production" });
    expect(config.resolve.alias[NODE_PLATFORM.replace(/\.ts$/, "")]).toBe(
      path.join(ROOT, "src/file/platform-browser.ts"),
    );
    expect(config.resolve.alias["exceljs$"]).toMatch(/exceljs[\\/]lib[\\/]exceljs\.bare\.js$/);
  });
});
