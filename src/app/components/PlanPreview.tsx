/**
 * A sheet plan shown as an HTML table before it is downloaded: the same values, merges and emphasis the
 * .xlsx will hold (the first rows only: a data sheet of thousands of tasks is for Excel, not a preview).
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanRange, PlanStyle, PlanValue, SheetPlan } from "../../core/sheet-plan";
import { useText } from "../app-context";

/** Rows shown at most. */
export const PREVIEW_ROWS = 60;

const useStyles = makeStyles({
  frame: { overflow: "auto", maxHeight: "480px", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    fontFamily: "'Times New Roman', serif",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
});

/** A plan value as the cell shows it (dates dd/mm/yyyy as PLAN_DATE_FORMAT writes them, `0%` as a percentage). */
export function previewText(value: PlanValue | undefined, numberFormat?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (numberFormat?.includes("%")) {
      const decimals = /\.(0+)%/.exec(numberFormat)?.[1]?.length ?? 0;
      return `${(value * 100).toFixed(decimals)}%`;
    }
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if ("date" in value) {
    const [y, m, d] = value.date.split("-");
    return `${d}/${m}/${y}`;
  }
  return value.formula;
}

function inside(range: PlanRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

function styleAt(plan: SheetPlan, row: number, column: number): PlanStyle {
  let style: PlanStyle = {};
  for (const styled of plan.styles)
    if (inside(styled.range, row, column)) style = { ...style, ...styled.style };
  return style;
}

export function PlanPreview({
  plan,
  rows = PREVIEW_ROWS,
}: {
  readonly plan: SheetPlan;
  readonly rows?: number;
}) {
  const styles = useStyles();
  const text = useText();
  const shown = plan.values.slice(0, rows);
  const width = Math.max(plan.columnWidths.length, ...shown.map((r) => r.length));
  const merges = plan.merges.filter((m) => m.top <= shown.length);
  const covered = (row: number, column: number) =>
    merges.some((m) => inside(m, row, column) && !(m.top === row && m.left === column));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Text weight="semibold">{text.preview.label(plan.name)}</Text>
      </figcaption>
      <div className={styles.frame}>
        <table className={styles.table} aria-label={text.preview.label(plan.name)}>
          <colgroup>
            {Array.from({ length: width }, (_, c) => (
              // Excel's width unit is about one character of the default font.
              <col key={c} style={{ width: `${plan.columnWidths[c] ?? 9}ch` }} />
            ))}
          </colgroup>
          <tbody>
            {shown.map((values, r) => (
              <tr key={r}>
                {Array.from({ length: width }, (_, c) => {
                  const row = r + 1;
                  const column = c + 1;
                  if (covered(row, column)) return null;
                  const merge = merges.find((m) => m.top === row && m.left === column);
                  const style = styleAt(plan, row, column);
                  return (
                    <td
                      key={c}
                      className={styles.cell}
                      rowSpan={merge ? Math.min(merge.bottom, shown.length) - merge.top + 1 : undefined}
                      colSpan={merge ? merge.right - merge.left + 1 : undefined}
                      style={{
                        fontWeight: style.bold ? "bold" : undefined,
                        fontStyle: style.italic ? "italic" : undefined,
                        textAlign: style.horizontal,
                        backgroundColor: style.fill,
                      }}
                    >
                      {previewText(values[c], style.numberFormat)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.values.length > shown.length && (
        <Text size={200}>{text.preview.more(shown.length, plan.values.length)}</Text>
      )}
    </figure>
  );
}
