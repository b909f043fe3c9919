/**
 * Every Excel API member the Office adapter uses must be within the manifest's ExcelApi requirement set,
 * unless the code around it checks `isSetSupported` (or `supportsExcelApi`) for that version. Members
 * are found with the TypeScript type checker over `src/office/*.ts`; their sets come from the
 * `[Api set: ExcelApi x.y]` remarks in @types/office-js.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..");
const OFFICE_DIR = path.join(ROOT, "src/office");
const VIRTUAL = path.join(ROOT, "test/__virtual__/api-set-samples.ts");

/** Samples that prove the scanner catches an unguarded member above the minimum and honours a guard. */
const SAMPLES = `
export function unguarded(sheet: Excel.Worksheet): number {
  return sheet.tabId;
}
export function guarded(sheet: Excel.Worksheet): number {
  if (Office.context.requirements.isSetSupported("ExcelApi", "1.14")) return sheet.tabId;
  return 0;
}
`;

interface Usage {
  readonly member: string;
  /** Highest version named in the member's tag; Infinity for platform-only sets (ExcelApiDesktop …). */
  readonly version: number;
  readonly tag: string;
  readonly file: string;
  readonly line: number;
  readonly guards: readonly number[];
}

function manifestMinimum(): number {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const m = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest);
  if (!m?.[1]) throw new Error("manifest.xml declares no ExcelApi requirement");
  return versionNumber(m[1]);
}

/** `1.13` → 1.13 as a comparable number (minor versions stay below 100). */
function versionNumber(text: string): number {
  const [major = "0", minor = "0"] = text.split(".");
  return Number(major) + Number(minor) / 100;
}

function apiSetOf(symbol: ts.Symbol, checker: ts.TypeChecker): { version: number; tag: string } {
  const remarks = symbol
    .getJsDocTags(checker)
    .map((tag) => ts.displayPartsToString(tag.text))
    .join(" ");
  const tag = /\[Api set: ([^\]]+)\]/.exec(remarks)?.[1];
  if (tag === undefined) return { version: 0, tag: "—" };
  if (!/^ExcelApi \d/.test(tag)) return { version: Infinity, tag };
  const versions = [...tag.matchAll(/\b(\d+\.\d+)\b/g)].map((m) => versionNumber(m[1] ?? "0"));
  return { version: Math.max(...versions), tag };
}

const GUARD = /(?:supportsExcelApi\(\s*"([\d.]+)"|isSetSupported\(\s*"ExcelApi"\s*,\s*"([\d.]+)")/g;

function guardsAround(node: ts.Node): number[] {
  const guards: number[] = [];
  // The nearest enclosing function only: a guard must sit beside the code it protects (with its
  // fallback), not somewhere in a factory that happens to contain it.
  let scope: ts.Node | undefined = node.parent;
  while (scope && !ts.isFunctionLike(scope)) scope = scope.parent;
  for (const m of (scope ?? node.getSourceFile()).getText().matchAll(GUARD)) {
    guards.push(versionNumber(m[1] ?? m[2] ?? "0"));
  }
  return guards;
}

/**
 * The Excel member a node names: `a.b` accesses, `const { b } = a` destructuring, and `{ b: … }` in an
 * object literal typed by Excel (options and rules such as `{ positionType: "End" }`).
 */
function memberSymbol(node: ts.Node, checker: ts.TypeChecker): ts.Symbol | undefined {
  if (ts.isPropertyAccessExpression(node)) return checker.getSymbolAtLocation(node.name);
  if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    const name = (node.propertyName ?? node.name).getText();
    return checker.getTypeAtLocation(node.parent).getProperty(name);
  }
  if (
    (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
    ts.isObjectLiteralExpression(node.parent)
  ) {
    const contextual = checker.getContextualType(node.parent);
    const types = contextual ? (contextual.isUnion() ? contextual.types : [contextual]) : [];
    return types.map((t) => t.getProperty(node.name.getText())).find((p) => p !== undefined);
  }
  return undefined;
}

function scan(): Usage[] {
  const files = fs
    .readdirSync(OFFICE_DIR)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(OFFICE_DIR, f));
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    path.resolve(name) === VIRTUAL
      ? ts.createSourceFile(name, SAMPLES, language, true)
      : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === VIRTUAL || fileExists(name);
  const program = ts.createProgram([...files, VIRTUAL], { ...options, noEmit: true }, host);
  const checker = program.getTypeChecker();
  const usages: Usage[] = [];
  for (const file of [...files, VIRTUAL]) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`Not compiled: ${file}`);
    const visit = (node: ts.Node): void => {
      const symbol = memberSymbol(node, checker);
      if (symbol) {
        const member = checker.getFullyQualifiedName(symbol);
        if (symbol && member.startsWith("Excel.")) {
          usages.push({
            member,
            ...apiSetOf(symbol, checker),
            file: path.relative(ROOT, file),
            line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            guards: guardsAround(node),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return usages;
}

const minimum = manifestMinimum();
const usages = scan();
const adapter = usages.filter((u) => !u.file.includes("__virtual__"));
const violates = (u: Usage): boolean => u.version > minimum && !u.guards.some((g) => g >= u.version);

describe("Excel API sets used by src/office", () => {
  it("prints the members and their requirement sets", () => {
    const table = new Map<string, { set: string; uses: number; guarded: boolean }>();
    for (const u of adapter) {
      const row = table.get(u.member) ?? { set: u.tag, uses: 0, guarded: false };
      table.set(u.member, { ...row, uses: row.uses + 1, guarded: row.guarded || u.guards.length > 0 });
    }
    console.table(
      Object.fromEntries(
        [...table].sort(([a], [b]) => a.localeCompare(b)).map(([member, row]) => [member, row]),
      ),
    );
    // The scanner really sees the adapter: the 1.13 and 1.12 members it depends on are found.
    expect([...table.keys()]).toEqual(
      expect.arrayContaining([
        "Excel.Range.getMergedAreasOrNullObject",
        "Excel.Workbook.insertWorksheetsFromBase64",
        "Excel.WorksheetCustomPropertyCollection.getItemOrNullObject",
        "Excel.Range.valueTypes",
        "Excel.InsertWorksheetOptions.positionType",
        "Excel.Application.suspendScreenUpdatingUntilNextSync",
        // The summary's conditional formats (1.6) and chart series (1.7).
        "Excel.ConditionalFormatCollection.add",
        "Excel.DataBarConditionalFormat.positiveFormat",
        "Excel.ChartSeries.setValues",
        "Excel.ChartSeriesCollection.add",
        "Excel.ChartAxis.reversePlotOrder",
        // A unit's report template (issue 11): protected, open cells unlocked, ids hidden, fingerprint
        // very hidden (1.2 and 1.1).
        "Excel.WorksheetProtection.protect",
        "Excel.FormatProtection.locked",
        "Excel.RangeFormat.protection",
        "Excel.Range.columnHidden",
        "Excel.Worksheet.visibility",
        // Re-check on edit (issue 9): the checked sheet's edits (1.7).
        "Excel.Worksheet.onChanged",
        "Excel.WorksheetChangedEventArgs.address",
        "Excel.WorksheetChangedEventArgs.changeType",
      ]),
    );
  });

  it(`uses nothing above the manifest's ExcelApi minimum without a guard`, () => {
    expect(adapter.filter(violates).map((u) => `${u.file}:${u.line} ${u.member} (${u.tag})`)).toEqual([]);
  });

  it("would catch an unguarded member above the minimum, and accepts a guarded one", () => {
    const samples = usages.filter(
      (u) => u.file.includes("__virtual__") && u.member === "Excel.Worksheet.tabId",
    );
    expect(samples.map((u) => [u.line, u.version > minimum, violates(u)])).toEqual([
      [3, true, true],
      [6, true, false],
    ]);
  });
});
