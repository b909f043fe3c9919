/**
 * exceljs reads an ISO 8601 date cell (`<c t="d"><v>2024-12-31</v></c>`, written by LibreOffice, Google
 * Sheets exports and many generators) as parseFloat of its text: the number 2024, an Excel serial for a
 * day in 1905, so a deadline is silently wrong. This teaches its cell parser the `d` type: a value that
 * starts with a calendar date becomes that date (its time of day is dropped, as for serials); anything
 * else (a time alone) stays the text it is. Importing this module installs it once.
 */
// exceljs's cell parser has no typings: it is a class whose parseClose finishes one <c> element.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CellXform = require("exceljs/lib/xlsx/xform/sheet/cell-xform") as {
  prototype: { parseClose(this: CellParser, name: string): boolean };
};

interface CellParser {
  t?: string;
  model?: { type?: number; value?: unknown; result?: unknown; formula?: string; shareType?: string };
}

// exceljs's ValueType enum values (lib/doc/enums.js).
const VALUE_TYPE_DATE = 4;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

function isoDate(text: unknown): Date | undefined {
  if (typeof text !== "string") return undefined;
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

const INSTALLED = Symbol.for("task-annex.iso-date-cells");
const proto = CellXform.prototype as typeof CellXform.prototype & { [INSTALLED]?: true };

if (!proto[INSTALLED]) {
  const parseClose = proto.parseClose;
  proto.parseClose = function (this: CellParser, name: string): boolean {
    if (name !== "c" || this.t !== "d" || !this.model) return parseClose.call(this, name);
    const model = this.model;
    const date = isoDate(model.value);
    // Parsed as text first, so that a value that is no date is kept as written rather than as NaN.
    this.t = "str";
    const result = parseClose.call(this, name);
    if (date) {
      if (model.formula || model.shareType) model.result = date;
      else [model.type, model.value] = [VALUE_TYPE_DATE, date];
    }
    return result;
  };
  proto[INSTALLED] = true;
}

export {};
