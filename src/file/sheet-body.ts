/**
 * The body of a large sheet (`Dữ liệu tổng hợp`, `Kiểm tra` of a big consolidation), written as the
 * sheet's XML rows straight from its plan, a chunk at a time, into the zip (zip-writer.ts). exceljs would
 * build an object per cell and the whole sheet as one string: about 20 KB per task row, and a sheet of a
 * million rows is longer than a JavaScript string may be. The cells are the ones render-plan.ts would
 * give exceljs — same values, same styles (registered in exceljs's own style table), same row heights —
 * except that text is written in the cell (`inlineStr`) instead of the shared-string table.
 *
 * Only the rows after everything exceljs must see are streamed: merges, links, explicit row heights and
 * table headers (render-plan.ts writes those rows).
 */
import { ValueType, type Style } from "exceljs";
import { planRow, planRowCount, type PlanStyle, type PlanValue, type SheetPlan } from "../core/sheet-plan";
import { columnLetter } from "../core/snapshot";
import { utf8Into } from "./bytes";
import { cellStyler, styleCombiner, toExcelValue } from "./render-plan";
import { rowHeightEstimator } from "./row-heights";

/** Rows a body needs before it is streamed; a smaller sheet goes through exceljs whole. */
export const STREAM_MIN_ROWS = 1_000;

/** The part of exceljs's style table a body registers its styles in (`model.styles` once prepared). */
export interface StyleRegistry {
  addStyleModel(style: Partial<Style>, type: ValueType): number;
}

/** Bytes of XML gathered before a chunk is handed to the zip. */
const CHUNK_BYTES = 1 << 20;
/** Chunks kept to be filled again (the zip writer holds two at a time). */
const SPARE_CHUNKS = 4;
// Excel's 1900 date system: day 25569 is 1970-01-01.
const EXCEL_EPOCH_DAYS = 25_569;
const MS_PER_DAY = 86_400_000;
// What each ASCII code becomes in XML text: "" for itself, else its escape, or nothing (a control
// character XML 1.0 cannot hold, dropped as exceljs does; tab, line feed and return stay).
const ASCII_ESCAPES: readonly (string | undefined)[] = Array.from({ length: 128 }, (_, code) => {
  const escapes: Readonly<Record<string, string>> = {
    '"': "&quot;",
    "&": "&amp;",
    "'": "&apos;",
    "<": "&lt;",
    ">": "&gt;",
  };
  const escape = escapes[String.fromCharCode(code)];
  if (escape !== undefined) return escape;
  const unwritable = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
  return unwritable ? undefined : "";
});

// A character escapeText changes: markup, or a control character XML 1.0 cannot hold.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["&'<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** The text with the five markup characters escaped and what XML cannot hold dropped. */
function escapeText(text: string): string {
  // Most cells have nothing to escape: a regular expression finds that faster than a loop.
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) continue;
    const escape = ASCII_ESCAPES[code];
    if (escape === "") continue;
    out += text.slice(from, i) + (escape ?? "");
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

type ExcelValue = ReturnType<typeof toExcelValue>;

function typeOf(value: ExcelValue): ValueType {
  if (value === null || value === undefined) return ValueType.Null;
  if (typeof value === "string") return ValueType.String;
  if (typeof value === "number") return ValueType.Number;
  if (typeof value === "boolean") return ValueType.Boolean;
  if (value instanceof Date) return ValueType.Date;
  return ValueType.Formula;
}

/** The used range of a body's rows: the cells it writes (`top` 0: none). */
export interface BodyExtent {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

const NO_CELLS: BodyExtent = { top: 0, bottom: 0, left: 0, right: 0 };

/** The smallest range holding both (either may be empty). */
function union(a: BodyExtent, b: BodyExtent): BodyExtent {
  if (a.top === 0) return b;
  if (b.top === 0) return a;
  return {
    top: Math.min(a.top, b.top),
    bottom: Math.max(a.bottom, b.bottom),
    left: Math.min(a.left, b.left),
    right: Math.max(a.right, b.right),
  };
}

/**
 * The rows `first`…`last` of a plan, written as `<row>` elements of its worksheet part. Each row is made
 * once, as it is written; a style met for the first time is then given its id in exceljs's style table,
 * which is written after the worksheets (write-workbook.ts), in the order a pass over the rows first meets
 * them. The part's head states the body's used range before the rows are made: it is foretold from the
 * plan's styled ranges and tables, and checked against the cells written (`stale`).
 */
export class SheetBody {
  private readonly styleIds = new Map<Partial<Style> | undefined, Map<ValueType, number>>();
  private readonly letters: string[] = [];
  private readonly rowStyles: (row: number) => readonly (PlanStyle | undefined)[];
  private readonly heightOf: (row: number) => number | undefined;
  private readonly styleOf: (value: PlanValue, style: PlanStyle | undefined) => Partial<Style> | undefined;
  private readonly tableColumns: readonly { top: number; bottom: number; left: number; right: number }[];
  // The row last made: its cells and its height read the same values (a row on demand is made once).
  private lastRow = 0;
  private lastValues: readonly PlanValue[] = [];
  // Chunks the zip writer is done with, to fill again (a chunk left for the collector is external memory
  // V8 lets pile up: 60 MB while 100 000 tasks are written).
  private readonly spare: Uint8Array[] = [];
  private foretold: BodyExtent;
  private written: BodyExtent = NO_CELLS;

  constructor(
    private readonly plan: SheetPlan,
    readonly first: number,
    readonly last: number,
  ) {
    this.rowStyles = bodyRowStyles(plan, first);
    this.heightOf = rowHeightEstimator(
      plan,
      (r, c) => this.rowStyles(r)[c - 1],
      (r) => this.rowValues(r),
    );
    this.styleOf = cellStyler(plan);
    this.tableColumns = (plan.tables ?? []).map((t) => t.range);
    this.foretold = this.styledExtent();
  }

  /** The used range the part states for the body: foretold, or as last written when that proved stale. */
  get extent(): BodyExtent {
    return this.foretold;
  }

  /**
   * The rows' XML, about a megabyte of text per chunk; each style met first is registered in `styles`
   * (exceljs's table, before it is written).
   */
  *chunks(styles: StyleRegistry): Iterable<Uint8Array> {
    this.written = NO_CELLS;
    // Each row is encoded as it is made, into a chunk handed over full and never written again (it is
    // deflated while the next one fills): no megabyte string to join and encode.
    let chunk = this.spare.pop() ?? new Uint8Array(CHUNK_BYTES);
    let used = 0;
    for (let r = this.first; r <= this.last; r++) {
      const xml = this.rowXml(r, styles);
      // UTF-8 takes at most 3 bytes per UTF-16 code unit.
      const room = xml.length * 3;
      if (used + room > chunk.length) {
        if (used > 0) yield chunk.subarray(0, used);
        chunk = (room <= CHUNK_BYTES && this.spare.pop()) || new Uint8Array(Math.max(CHUNK_BYTES, room));
        used = 0;
      }
      used += utf8Into(xml, chunk.subarray(used));
    }
    if (used > 0) yield chunk.subarray(0, used);
  }

  /** The zip writer is done with a chunk `chunks` gave: its bytes may be filled again. */
  reuse(chunk: Uint8Array): void {
    if (chunk.buffer.byteLength === CHUNK_BYTES && this.spare.length < SPARE_CHUNKS) {
      this.spare.push(new Uint8Array(chunk.buffer, 0, CHUNK_BYTES));
    }
  }

  /**
   * True when the rows just written used another range than `extent` said (a value outside the styled
   * ranges); `extent` is then the written one, for writing the part again.
   */
  stale(): boolean {
    const { foretold: a, written: b } = this;
    const same = a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
    this.foretold = this.written;
    return !same;
  }

  /** The range the plan's styled ranges and tables give cells in, within the body's rows. */
  private styledExtent(): BodyExtent {
    let extent = NO_CELLS;
    const add = (top: number, bottom: number, left: number, right: number): void => {
      const from = Math.max(top, this.first);
      const to = Math.min(bottom, this.last);
      if (from <= to && left <= right) extent = union(extent, { top: from, bottom: to, left, right });
    };
    for (const { range } of this.plan.styles) add(range.top, range.bottom, range.left, range.right);
    for (const t of this.tableColumns) add(t.top + 1, t.bottom, t.left, t.right);
    return extent;
  }

  private rowValues(r: number): readonly PlanValue[] {
    if (r !== this.lastRow) {
      this.lastValues = planRow(this.plan, r) ?? [];
      this.lastRow = r;
    }
    return this.lastValues;
  }

  private inTable(r: number, c: number, tableLeft: number): boolean {
    return c >= tableLeft && this.tableColumns.some((t) => r > t.top && r <= t.bottom && c <= t.right);
  }

  private letter(column: number): string {
    return (this.letters[column] ??= columnLetter(column));
  }

  private styleId(style: Partial<Style> | undefined, type: ValueType, styles: StyleRegistry): number {
    let byType = this.styleIds.get(style);
    if (!byType) this.styleIds.set(style, (byType = new Map()));
    let id = byType.get(type);
    if (id === undefined) byType.set(type, (id = styles.addStyleModel(style ?? {}, type)));
    return id;
  }

  /**
   * Row `r` as XML: the cells exceljs would hold on it, in column order — a value or a style, or a place
   * in a table (a table gives each of its cells an object, which counts in the row's span).
   */
  private rowXml(r: number, styles: StyleRegistry): string {
    const values = this.rowValues(r);
    const rowStyles = this.rowStyles(r);
    let columns = Math.max(values.length, rowStyles.length);
    let tableLeft = Infinity;
    for (const t of this.tableColumns) {
      if (r > t.top && r <= t.bottom) {
        columns = Math.max(columns, t.right);
        tableLeft = Math.min(tableLeft, t.left);
      }
    }
    let cells = "";
    let first = 0;
    let last = 0;
    for (let c = 1; c <= columns; c++) {
      const planValue = values[c - 1] ?? null;
      const planStyle = rowStyles[c - 1];
      if (planValue === null && planStyle === undefined && !this.inTable(r, c, tableLeft)) continue;
      const value = toExcelValue(planValue);
      const type = typeOf(value);
      const id = this.styleId(this.styleOf(planValue, planStyle), type, styles);
      if (first === 0) first = c;
      last = c;
      cells += this.cellXml(r, c, value, id, type);
    }
    if (last > 0) this.written = union(this.written, { top: r, bottom: r, left: first, right: last });
    const height = this.heightOf(r);
    if (last === 0 && height === undefined) return "";
    let xml = `<row r="${r}"`;
    if (height !== undefined) xml += ` ht="${height}" customHeight="1"`;
    if (first > 0) xml += ` spans="${first}:${last}"`;
    return `${xml} x14ac:dyDescent="0.25">${cells}</row>`;
  }

  private cellXml(r: number, column: number, value: ExcelValue, id: number, type: ValueType): string {
    if (type === ValueType.Null && !id) return "";
    const head = `<c r="${this.letter(column)}${r}"${id ? ` s="${id}"` : ""}`;
    switch (type) {
      case ValueType.Null:
        return `${head}/>`;
      case ValueType.String:
        return `${head} t="inlineStr"><is><t xml:space="preserve">${escapeText(value as string)}</t></is></c>`;
      case ValueType.Number:
        return `${head}><v>${value as number}</v></c>`;
      case ValueType.Boolean:
        return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
      case ValueType.Date:
        return `${head}><v>${EXCEL_EPOCH_DAYS + (value as Date).getTime() / MS_PER_DAY}</v></c>`;
      default:
        return `${head}><f>${escapeText((value as { formula: string }).formula)}</f></c>`;
    }
  }
}

/**
 * Each body row's effective styles by column: the plan's styled ranges that cover the row, in order.
 * Rows covered by the same ranges share one array (a body has a handful of such bands); the band of the
 * row last asked is kept with the rows it spans, since a row is asked once per cell.
 */
function bodyRowStyles(plan: SheetPlan, first: number): (row: number) => readonly (PlanStyle | undefined)[] {
  const ranges = plan.styles.filter(({ range }) => range.bottom >= first);
  const combine = styleCombiner();
  const bands = new Map<string, (PlanStyle | undefined)[]>();
  let from = 1;
  let to = 0;
  let current: (PlanStyle | undefined)[] = [];
  return (r) => {
    if (from <= r && r <= to) return current;
    const covering: number[] = [];
    // The rows from `r` on covered by the same ranges: up to the first range to end or to begin.
    to = Infinity;
    from = 1;
    ranges.forEach(({ range }, i) => {
      if (range.top <= r && r <= range.bottom) {
        covering.push(i);
        to = Math.min(to, range.bottom);
        from = Math.max(from, range.top);
      } else if (range.top > r) to = Math.min(to, range.top - 1);
      else from = Math.max(from, range.bottom + 1);
    });
    const key = covering.join(",");
    let styles = bands.get(key);
    if (!styles) {
      styles = [];
      for (const i of covering) {
        const { range, style } = ranges[i]!;
        for (let c = range.left; c <= range.right; c++) styles[c - 1] = combine(styles[c - 1], style);
      }
      bands.set(key, styles);
    }
    current = styles;
    return styles;
  };
}

/**
 * The body of a plan to stream, when it has at least `minRows` rows after everything exceljs must
 * write itself: merges, links, plan row heights, table headers.
 */
export function sheetBodyOf(plan: SheetPlan, minRows = STREAM_MIN_ROWS): SheetBody | undefined {
  let fixed = 0;
  for (const m of plan.merges) fixed = Math.max(fixed, m.bottom);
  for (const link of plan.links ?? []) fixed = Math.max(fixed, link.row);
  for (const table of plan.tables ?? []) fixed = Math.max(fixed, table.range.top);
  for (const row of Object.keys(plan.rowHeights ?? {})) fixed = Math.max(fixed, Number(row));
  let last = planRowCount(plan);
  for (const { range } of plan.styles) last = Math.max(last, range.bottom);
  for (const table of plan.tables ?? []) last = Math.max(last, table.range.bottom);
  const first = fixed + 1;
  if (last - first + 1 < Math.max(1, minRows)) return undefined;
  return new SheetBody(plan, first, last);
}
