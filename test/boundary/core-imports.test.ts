/**
 * The core boundary (DESIGN §8): every module under src/core imports only other core modules and zod —
 * nothing from Office, React, exceljs, Node or the DOM. ESLint enforces the same on edits; this test
 * makes the rule hold for the whole tree, whatever the lint configuration says.
 */
import * as fs from "fs";
import * as path from "path";

const CORE = path.resolve(__dirname, "../../src/core");
const ALLOWED_PACKAGES = new Set(["zod"]);
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/g;
const DOM_GLOBALS = /\b(?:window|document|navigator|localStorage|Office|Excel|OfficeExtension|process)\s*\./;

function coreFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return coreFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

const files = coreFiles(CORE);

describe("src/core is pure", () => {
  it("has modules to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [path.relative(CORE, f), f]))(
    "%s imports only core modules and zod",
    (_name, file) => {
      const source = fs.readFileSync(file, "utf8");
      const outside: string[] = [];
      for (const match of source.matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? "";
        if (specifier.startsWith(".")) {
          const target = path.resolve(path.dirname(file), specifier);
          if (!target.startsWith(CORE + path.sep)) outside.push(specifier);
        } else if (!ALLOWED_PACKAGES.has(specifier)) {
          outside.push(specifier);
        }
      }
      expect(outside).toEqual([]);
      const code = source
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
        .replace(/"(?:[^"\\\n]|\\.)*"|`[^`]*`/g, '""');
      expect(code).not.toMatch(DOM_GLOBALS);
    },
  );
});
