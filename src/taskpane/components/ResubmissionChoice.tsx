/**
 * Tổng hợp, before consolidating: the units that submitted more than once among the ticked sheets, each
 * with its sheets as a radio group — the later one preselected, the clerk may choose another (issue 8).
 */
import { Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useId } from "react";
import type { Replacement, SubmissionRef } from "../../core/consolidate";
import { formatViDay, parseIsoDay } from "../../core/day";
import type { SubmissionRow } from "../actions";
import { usePane } from "../pane-context";
import { useTabStyles } from "./tab-styles";

/** One unit's choice as shown: its ticked sheets in list order and the one that will count. */
export interface ResubmissionGroup {
  readonly unit: string;
  readonly sheets: readonly string[];
  readonly selected: string;
  /** The submission to pass to consolidation; undefined when the engine's own pick is the one shown. */
  readonly keep?: SubmissionRef;
}

/**
 * The groups to show among the ticked sheets. The engine's pick (the later report) is shown preselected; a
 * clerk's choice wins while its sheet is ticked; when the pick is unticked, the last ticked sheet is shown
 * and passed on, so what the pane shows is what counts.
 */
export function resubmissionGroups(
  resubmissions: readonly Replacement[],
  rows: readonly SubmissionRow[],
  ticked: ReadonlySet<string>,
  chosen: ReadonlyMap<string, string>,
): ResubmissionGroup[] {
  const order = new Map(rows.map((r, i) => [r.sheet, i]));
  const groups: ResubmissionGroup[] = [];
  for (const r of resubmissions) {
    const sheets = [r.kept, ...r.replaced]
      .map((ref) => ref.sheet)
      .filter((sheet) => ticked.has(sheet))
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const last = sheets[sheets.length - 1];
    if (sheets.length < 2 || last === undefined) continue;
    const choice = chosen.get(r.unit);
    if (choice !== undefined && sheets.includes(choice)) {
      groups.push({ unit: r.unit, sheets, selected: choice, keep: { sheet: choice } });
    } else if (sheets.includes(r.kept.sheet)) {
      groups.push({ unit: r.unit, sheets, selected: r.kept.sheet });
    } else {
      groups.push({ unit: r.unit, sheets, selected: last, keep: { sheet: last } });
    }
  }
  return groups;
}

export function ResubmissionChoice(props: {
  readonly groups: readonly ResubmissionGroup[];
  readonly rows: readonly SubmissionRow[];
  readonly disabled: boolean;
  readonly onChoose: (unit: string, sheet: string) => void;
}) {
  const tab = useTabStyles();
  const { strings } = usePane();
  const s = strings.resubmit;
  // Unit names hold spaces: ids for aria-labelledby are made, not derived from them.
  const baseId = useId();
  if (props.groups.length === 0) return null;
  const dateOf = (sheet: string): string => {
    const iso = props.rows.find((r) => r.sheet === sheet)?.reportDate;
    const day = iso === undefined ? undefined : parseIsoDay(iso);
    return day === undefined ? s.undated : s.dated(formatViDay(day));
  };
  return (
    <section className={tab.section} aria-labelledby="resubmissions-title">
      <h2 id="resubmissions-title" className={tab.sectionTitle}>
        {s.title}
      </h2>
      <Text size={200}>{s.intro}</Text>
      {props.groups.map((group, i) => (
        <div key={group.unit}>
          <Text id={`${baseId}-${i}`} weight="semibold">
            {s.unit(group.unit)}
          </Text>
          <RadioGroup
            aria-labelledby={`${baseId}-${i}`}
            value={group.selected}
            disabled={props.disabled}
            onChange={(_, data) => props.onChoose(group.unit, data.value)}
          >
            {group.sheets.map((sheet) => (
              <Radio key={sheet} value={sheet} label={`${sheet} — ${dateOf(sheet)}`} />
            ))}
          </RadioGroup>
        </div>
      ))}
    </section>
  );
}
