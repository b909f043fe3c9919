/**
 * Findings grouped by sheet row (`Dòng 12`). Each finding with a cell is a button: activating it (mouse or
 * keyboard) selects that cell in Excel.
 */
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, Severity } from "../../core/findings";
import { formatFinding, severityLabel } from "../../core/messages";
import type { Lang } from "../../core/report-types";
import { usePane } from "../pane-context";
import { useTabStyles } from "./tab-styles";

export const SEVERITY_COLOR: Readonly<Record<Severity, "danger" | "warning" | "informative">> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  heading: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase300 },
  // Long messages wrap inside the pane: a Fluent Button keeps its text on one line unless told otherwise.
  item: {
    width: "100%",
    maxWidth: "100%",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    justifyContent: "flex-start",
    textAlign: "left",
    alignItems: "flex-start",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  static: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  line: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    flexWrap: "wrap",
    minWidth: 0,
    maxWidth: "100%",
  },
  message: { minWidth: 0, overflowWrap: "anywhere" },
  suggestion: { color: tokens.colorNeutralForeground2 },
});

/** Row groups in sheet order; findings about the whole sheet (no row) come first. */
export function groupByRow(
  findings: readonly Finding[],
): { readonly row?: number; readonly findings: Finding[] }[] {
  const groups = new Map<number, Finding[]>();
  for (const finding of findings) {
    const key = finding.row ?? 0;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, list]) => (row === 0 ? { findings: list } : { row, findings: list }));
}

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly disabled: boolean;
  readonly onSelect: (finding: Finding & { readonly cell: string }) => void;
}

/** Findings rendered at a time: a 30 000-row sheet can have thousands, and each is a button. */
export const FINDINGS_PAGE = 200;

export function FindingList({ findings, disabled, onSelect }: FindingListProps) {
  const styles = useStyles();
  const { strings, lang } = usePane();
  const tab = useTabStyles();
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const more = Math.min(FINDINGS_PAGE, findings.length - shown);
  return (
    <section aria-labelledby="findings-title" className={styles.group}>
      <h2 id="findings-title" className={tab.sectionTitle}>
        {strings.validate.findingsList}
      </h2>
      {groupByRow(findings.slice(0, shown)).map((group) => {
        const heading =
          group.row === undefined ? strings.validate.wholeSheet : strings.validate.row(group.row);
        return (
          <div key={group.row ?? 0} className={styles.group}>
            <h3 className={styles.heading}>{heading}</h3>
            <ul className={tab.list}>
              {group.findings.map((finding, i) => (
                <li key={`${finding.code}-${finding.cell ?? ""}-${i}`}>
                  <FindingItem finding={finding} lang={lang} disabled={disabled} onSelect={onSelect} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {more > 0 && (
        <>
          <Text size={200}>{strings.validate.showing(shown, findings.length)}</Text>
          <Button onClick={() => setShown((n) => n + FINDINGS_PAGE)}>
            {strings.validate.showMore(more)}
          </Button>
        </>
      )}
    </section>
  );
}

function FindingItem({
  finding,
  lang,
  disabled,
  onSelect,
}: {
  readonly finding: Finding;
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly onSelect: FindingListProps["onSelect"];
}) {
  const styles = useStyles();
  const { strings } = usePane();
  const { message, suggestion } = formatFinding(finding, lang);
  const body = (
    <>
      <span className={styles.line}>
        <Badge appearance="tint" color={SEVERITY_COLOR[finding.severity]} size="small">
          {severityLabel(finding.severity, lang)}
        </Badge>
        {/* The spaces are for screen readers: the flex gap separates the parts only visually. */}{" "}
        {finding.cell && <Text weight="semibold">{finding.cell}</Text>}{" "}
        <Text className={styles.message}>{message}</Text>
      </span>
      {suggestion && (
        <Text size={200} className={styles.suggestion}>
          {suggestion}
        </Text>
      )}
    </>
  );
  const cell = finding.cell;
  if (cell === undefined) return <div className={styles.static}>{body}</div>;
  return (
    <Button
      appearance="subtle"
      className={styles.item}
      disabledFocusable={disabled}
      title={strings.validate.goTo(cell)}
      onClick={() => onSelect({ ...finding, cell })}
    >
      {body}
    </Button>
  );
}
