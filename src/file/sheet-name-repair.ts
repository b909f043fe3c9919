/**
 * Sheet names Excel does not accept (too long, `/ \ ? * : [ ]`, an apostrophe at either end, empty,
 * `History`, the same name twice) are written by other programs; exceljs then refuses the whole file.
 * Read them the way Excel repairs them on opening: a long name is cut to 31 characters, any other bad
 * name becomes `Recovered_Sheet1`, `Recovered_Sheet2`… Importing this module installs it into exceljs once.
 */

const MAX_LENGTH = 31;
const FORBIDDEN = /[*?:/\\[\]]|^'|'$/;

function isAcceptable(name: string): boolean {
  return name !== "" && name !== "History" && !FORBIDDEN.test(name);
}

/** Each name as Excel repairs it, in workbook order (a name already taken counts as bad). */
export function repairSheetNames(names: readonly string[]): string[] {
  const taken = new Set(names.filter(isAcceptable).map((n) => n.slice(0, MAX_LENGTH).toLowerCase()));
  const used = new Set<string>();
  let recovered = 0;
  return names.map((name) => {
    const cut = name.slice(0, MAX_LENGTH);
    if (isAcceptable(name) && !used.has(cut.toLowerCase())) {
      used.add(cut.toLowerCase());
      return cut;
    }
    let repaired: string;
    do {
      recovered += 1;
      repaired = `Recovered_Sheet${recovered}`;
    } while (taken.has(repaired.toLowerCase()) || used.has(repaired.toLowerCase()));
    used.add(repaired.toLowerCase());
    return repaired;
  });
}

// exceljs's Workbook class has no typings for its model setter.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Workbook = require("exceljs/lib/doc/workbook") as { prototype: object };

interface WorkbookModel {
  worksheets?: { name?: unknown }[];
}

const INSTALLED = Symbol.for("task-annex.sheet-name-repair");
const proto = Workbook.prototype as { [INSTALLED]?: true };

if (!proto[INSTALLED]) {
  const descriptor = Object.getOwnPropertyDescriptor(Workbook.prototype, "model");
  const setModel = descriptor?.set;
  if (descriptor && setModel) {
    Object.defineProperty(Workbook.prototype, "model", {
      ...descriptor,
      set(this: unknown, value: WorkbookModel) {
        const sheets = (value.worksheets ?? []).filter(Boolean);
        const names = repairSheetNames(sheets.map((s) => (typeof s.name === "string" ? s.name : "")));
        sheets.forEach((sheet, i) => {
          sheet.name = names[i];
        });
        setModel.call(this, value);
      },
    });
  }
  proto[INSTALLED] = true;
}
