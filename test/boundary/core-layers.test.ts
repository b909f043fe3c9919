/**
 * Layers inside core (DESIGN §8): the domain (parsing, rules, resolved tasks, consolidation) does not
 * import the sheet plans built from it, and no two core modules import each other.
 */
import * as fs from "fs";
import * as path from "path";

const CORE = path.resolve(__dirname, "../../src/core");
const PLANS = path.join(CORE, "plans");
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.[^"']*)["']/g;

function coreFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return coreFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Each core module's relative imports, as files. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  return [...source.matchAll(IMPORT)].map((m) => {
    const target = path.resolve(path.dirname(file), m[1] ?? "");
    return fs.existsSync(`${target}.ts`) ? `${target}.ts` : path.join(target, "index.ts");
  });
}

const files = coreFiles(CORE);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe("core layers", () => {
  it("sees the consolidation modules", () => {
    expect(graph.get(path.join(CORE, "consolidate.ts"))?.length).toBeGreaterThan(3);
  });

  it("domain modules import nothing from plans/", () => {
    const offending = files
      .filter((f) => !f.startsWith(PLANS + path.sep))
      .flatMap((f) =>
        (graph.get(f) ?? []).filter((t) => t.startsWith(PLANS + path.sep)).map((t) => `${f} → ${t}`),
      );
    expect(offending.map((line) => line.split(CORE + path.sep).join(""))).toEqual([]);
  });

  it("no two modules import each other", () => {
    const pairs: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (file < target && graph.get(target)?.includes(file)) {
          pairs.push(`${path.relative(CORE, file)} ↔ ${path.relative(CORE, target)}`);
        }
      }
    }
    expect(pairs).toEqual([]);
  });
});
