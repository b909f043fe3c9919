/**
 * Row heights for wrapped text. Excel and LibreOffice do not re-measure rows of a file they open, so a
 * wrapped cell written without a height shows one line and hides the rest (the Office adapter can ask
 * Excel to autofit; a file cannot). This counts the lines each cell needs by wrapping its words at the
 * column's width with Times New Roman's real character widths (the annex's font), then gives each line
 * the font's line spacing: no spare blank lines below the text.
 */
import { columnTextPoints, wrappedLinesAt } from "../core/plans/font-metrics";
import { planRow, type PlanStyle, type PlanValue, type SheetPlan } from "../core/sheet-plan";

const DEFAULT_WIDTH = 8.43;
const DEFAULT_FONT_SIZE = 11;
// Times New Roman's line spacing is 1.15 em (ascent 0.891 + descent 0.216 + gap 0.042); a row keeps
// ~2 pt below the last line.
const LINE_HEIGHT = 1.15;
const PADDING_POINTS = 2;
const EXCEL_DEFAULT_HEIGHT = 15;
/** Excel's maximum row height in points. */
const MAX_HEIGHT = 409;

/** Lines a text needs when words wrap at `capacity` characters per line. */
export function wrappedLines(text: string, capacity: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const length = [...word].length;
      if (used === 0) {
        used = length;
      } else if (used + 1 + length <= capacity) {
        used += 1 + length;
      } else {
        lines += 1;
        used = length;
      }
      // A word longer than a line breaks across lines.
      while (used > capacity) {
        lines += 1;
        used -= capacity;
      }
    }
  }
  return lines;
}

interface Area {
  readonly width: number;
  readonly rows: number;
}

function mergedAreas(plan: SheetPlan, widthOf: (column: number) => number): Map<number, Area | "covered"> {
  const areas = new Map<number, Area | "covered">();
  for (const m of plan.merges) {
    let width = 0;
    for (let c = m.left; c <= m.right; c++) width += widthOf(c);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) areas.set(r * 16_384 + c, "covered");
    }
    areas.set(m.top * 16_384 + m.left, { width, rows: m.bottom - m.top + 1 });
  }
  return areas;
}

/** Texts whose lines are kept at most, over all measures (then they are measured afresh). */
const LINES_KEPT = 50_000;

/**
 * wrappedLinesAt, each text's count kept by measure (width, size, weight): a consolidated sheet repeats
 * its texts row after row (units, agencies, statuses, the tasks a district gives every ward), and
 * measuring a text word by word is most of the time of writing its rows.
 */
function wrappedLinesKept(): (text: string, width: number, size: number, bold: boolean) => number {
  const measures = new Map<string, Map<string, number>>();
  let kept = 0;
  return (text, width, size, bold) => {
    const measure = `${width} ${size} ${bold}`;
    let byText = measures.get(measure);
    if (!byText) measures.set(measure, (byText = new Map()));
    let lines = byText.get(text);
    if (lines === undefined) {
      lines = wrappedLinesAt(text, width, size, bold);
      if (kept >= LINES_KEPT) {
        measures.clear();
        measures.set(measure, (byText = new Map()));
        kept = 0;
      }
      byText.set(text, lines);
      kept += 1;
    }
    return lines;
  };
}

/**
 * The height (points) a row's text needs, when more than Excel's default (else undefined); plan heights
 * win (a row the plan gives a height gets none here).
 */
export function rowHeightEstimator(
  plan: SheetPlan,
  styleOf: (row: number, column: number) => PlanStyle | undefined,
  rowOf: (row: number) => readonly PlanValue[] | undefined = (r) => planRow(plan, r),
): (row: number) => number | undefined {
  const widthOf = (column: number): number => plan.columnWidths[column - 1] || DEFAULT_WIDTH;
  const areas = mergedAreas(plan, widthOf);
  const baseSize = plan.font?.size ?? DEFAULT_FONT_SIZE;
  const lines = wrappedLinesKept();
  return (r) => {
    const row = rowOf(r);
    if (row === undefined || plan.rowHeights?.[r] !== undefined) return undefined;
    let height = 0;
    row.forEach((value, c0) => {
      if (value === null) return;
      const c = c0 + 1;
      const area = areas.size === 0 ? undefined : areas.get(r * 16_384 + c);
      // A multi-row merge has room of its own; covered cells show nothing.
      if (area === "covered" || (area && area.rows > 1)) return;
      const style = styleOf(r, c);
      const size = style?.fontSize ?? baseSize;
      let count = 1;
      if (typeof value === "string" && style?.wrap) {
        const width = columnTextPoints(area ? area.width : widthOf(c));
        count = lines(value, width, size, style.bold === true);
      }
      height = Math.max(height, count * size * LINE_HEIGHT + PADDING_POINTS);
    });
    return height > EXCEL_DEFAULT_HEIGHT + 0.5 ? Math.min(MAX_HEIGHT, Math.round(height * 4) / 4) : undefined;
  };
}

/** Heights (points) for the rows before `end` whose text needs more than Excel's default height. */
export function estimateRowHeights(
  plan: SheetPlan,
  styleOf: (row: number, column: number) => PlanStyle | undefined,
  end = Infinity,
): Map<number, number> {
  const heightOf = rowHeightEstimator(plan, styleOf);
  const heights = new Map<number, number>();
  plan.values.forEach((_, r0) => {
    const r = r0 + 1;
    if (r >= end) return;
    const height = heightOf(r);
    if (height !== undefined) heights.set(r, height);
  });
  return heights;
}
