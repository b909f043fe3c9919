/**
 * Findings grouped by kind (`Cơ quan chủ trì chưa có trong danh mục — 12`), most severe kinds first, with a
 * severity filter. Each group is a disclosure button that opens its rows; each finding with a cell is a
 * button that selects that cell in Excel. Everything works from the keyboard (native buttons and radios),
 * and severity is always told by a symbol and a word, never by colour alone.
 */
import { Badge, Button, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Finding, FindingCode, Severity } from "../../core/findings";
import { formatFinding, severityLabel } from "../../core/messages";
import type { Lang } from "../../core/report-types";
import { suggestedFix } from "../actions";
import { nameToAdd } from "../fix-actions";
import { findingKindTitle } from "../finding-kinds";
import { usePane } from "../pane-context";
import { useTabStyles } from "./tab-styles";

export const SEVERITY_COLOR: Readonly<Record<Severity, "danger" | "warning" | "informative">> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** Shown beside the severity word: a shape for each, so it reads without colour too. */
export const SEVERITY_SYMBOL: Readonly<Record<Severity, string>> = { error: "✖", warning: "▲", info: "ℹ" };

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** Up to this many findings, the error groups start open (what to fix first); past it, every group is closed. */
const OPEN_ERRORS_UP_TO = 500;

/** Findings rendered at a time within one group: a 30 000-row sheet can have thousands of one kind. */
export const FINDINGS_PAGE = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  toggle: {
    width: "100%",
    maxWidth: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    minWidth: 0,
  },
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
    overflowWrap: "anywhere",
  },
  rows: { paddingLeft: tokens.spacingHorizontalM },
  message: { minWidth: 0, overflowWrap: "anywhere" },
  suggestion: { color: tokens.colorNeutralForeground2 },
  filter: { flexWrap: "wrap" },
  tag: { flexShrink: 0, whiteSpace: "nowrap", marginRight: tokens.spacingHorizontalS },
  fixes: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
  },
});

export interface FindingGroup {
  readonly code: FindingCode;
  /** The most severe of its findings (COLUMN_MISSING's severity depends on the column). */
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

/** Findings by kind: most severe kinds first, then the most frequent; rows in sheet order within a kind. */
export function groupByKind(findings: readonly Finding[]): FindingGroup[] {
  const byCode = new Map<FindingCode, Finding[]>();
  for (const finding of findings) byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  return [...byCode.entries()]
    .map(([code, list]) => ({
      code,
      severity: list.reduce<Severity>(
        (worst, f) => (rank(f.severity) < rank(worst) ? f.severity : worst),
        "info",
      ),
      findings: [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    }))
    .sort((a, b) => rank(a.severity) - rank(b.severity) || b.findings.length - a.findings.length);
}

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly disabled: boolean;
  readonly onSelect: (finding: Finding & { readonly cell: string }) => void;
  /** Writes `to` in place of the name of each of these findings, in their own cells only. */
  readonly onApply?: (findings: readonly Finding[], to: string) => void;
  /** Adds an unknown agency's name to the workbook's agency directory. */
  readonly onAddName?: (name: string) => void;
}

type Filter = Severity | "all";

export function FindingList({ findings, disabled, onSelect, onApply, onAddName }: FindingListProps) {
  const styles = useStyles();
  const tab = useTabStyles();
  const { strings, lang } = usePane();
  const s = strings.validate;
  const [filter, setFilter] = useState<Filter>("all");
  const groups = groupByKind(findings);
  const [open, setOpen] = useState<ReadonlySet<FindingCode>>(
    () =>
      new Set(
        findings.length <= OPEN_ERRORS_UP_TO
          ? groups.filter((g) => g.severity === "error").map((g) => g.code)
          : [],
      ),
  );
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const shown = groups.filter((g) => filter === "all" || g.findings.some((f) => f.severity === filter));
  const toggle = (code: FindingCode) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(code)) next.add(code);
      return next;
    });

  return (
    <section aria-labelledby="findings-title" className={styles.root}>
      <h2 id="findings-title" className={tab.sectionTitle}>
        {s.findingsList}
      </h2>
      <RadioGroup
        aria-label={s.filterLabel}
        layout="horizontal"
        className={styles.filter}
        value={filter}
        onChange={(_, d) => setFilter(SEVERITY_ORDER.find((v) => v === d.value) ?? "all")}
      >
        <Radio value="all" label={s.filterAll(findings.length)} />
        {SEVERITY_ORDER.filter((severity) => count(severity) > 0).map((severity) => (
          <Radio
            key={severity}
            value={severity}
            label={`${SEVERITY_SYMBOL[severity]} ${severityLabel(severity, lang)} (${count(severity)})`}
          />
        ))}
      </RadioGroup>
      {shown.map((group) => (
        <KindGroup
          key={group.code}
          group={group}
          filter={filter}
          open={open.has(group.code)}
          onToggle={() => toggle(group.code)}
          disabled={disabled}
          onSelect={onSelect}
          {...(onApply ? { onApply } : {})}
          {...(onAddName ? { onAddName } : {})}
        />
      ))}
    </section>
  );
}

function KindGroup({
  group,
  filter,
  open,
  onToggle,
  disabled,
  onSelect,
  onApply,
  onAddName,
}: {
  readonly group: FindingGroup;
  readonly filter: Filter;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly disabled: boolean;
  readonly onSelect: FindingListProps["onSelect"];
  readonly onApply?: FindingListProps["onApply"];
  readonly onAddName?: FindingListProps["onAddName"];
}) {
  const styles = useStyles();
  const tab = useTabStyles();
  const { strings, lang } = usePane();
  const s = strings.validate;
  const listId = useId();
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const findings = group.findings.filter((f) => filter === "all" || f.severity === filter);
  const more = Math.min(FINDINGS_PAGE, findings.length - limit);
  return (
    <div className={styles.group} data-code={group.code}>
      <h3 className={styles.heading}>
        <Button
          appearance="subtle"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={listId}
          onClick={onToggle}
        >
          <SeverityTag severity={group.severity} lang={lang} />
          {/* The spaces are for screen readers: the flex gap separates the parts only visually. */}{" "}
          {`${findingKindTitle(group.code, lang)} — ${findings.length}`}
        </Button>
      </h3>
      {open && (
        <div id={listId} className={styles.rows}>
          <ul className={tab.list}>
            {findings.slice(0, limit).map((finding, i) => (
              <li key={`${finding.cell ?? ""}-${i}`}>
                <FindingItem finding={finding} lang={lang} disabled={disabled} onSelect={onSelect} />
                <FixButtons
                  finding={finding}
                  group={findings}
                  disabled={disabled}
                  {...(onApply ? { onApply } : {})}
                  {...(onAddName ? { onAddName } : {})}
                />
              </li>
            ))}
          </ul>
          {more > 0 && (
            <>
              <Text size={200}>{s.showing(limit, findings.length)}</Text>{" "}
              <Button size="small" onClick={() => setLimit((n) => n + FINDINGS_PAGE)}>
                {s.showMore(more)}
              </Button>
            </>
          )}
        </div>
      )}
    </div>
  );
}

function SeverityTag({ severity, lang }: { readonly severity: Severity; readonly lang: Lang }) {
  const styles = useStyles();
  return (
    <Badge
      appearance="tint"
      color={SEVERITY_COLOR[severity]}
      size="small"
      className={styles.tag}
      data-severity={severity}
    >
      <span aria-hidden="true">{SEVERITY_SYMBOL[severity]}</span>&nbsp;{severityLabel(severity, lang)}
    </Badge>
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
  const s = strings.validate;
  const { message, suggestion } = formatFinding(finding, lang);
  const where = finding.row === undefined ? s.wholeSheet : s.where(finding.row, finding.cell);
  const body = (
    <>
      {/* The spaces are for screen readers: the column layout separates the parts only visually. */}
      <Text weight="semibold">{where}</Text> <Text className={styles.message}>{message}</Text>{" "}
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
      title={s.goTo(cell)}
      onClick={() => onSelect({ ...finding, cell })}
    >
      {body}
    </Button>
  );
}

/**
 * The fixes a finding offers, each written only when the clerk clicks it: its suggested names for this
 * cell, the first one for every cell of the group holding the same name, and an unknown agency's name
 * added to the directory.
 */
function FixButtons({
  finding,
  group,
  disabled,
  onApply,
  onAddName,
}: {
  readonly finding: Finding;
  readonly group: readonly Finding[];
  readonly disabled: boolean;
  readonly onApply?: FindingListProps["onApply"];
  readonly onAddName?: FindingListProps["onAddName"];
}) {
  const styles = useStyles();
  const { strings } = usePane();
  const s = strings.validate;
  const fix = onApply ? suggestedFix(finding) : undefined;
  const name = onAddName ? nameToAdd(finding) : undefined;
  if (!fix && name === undefined) return null;
  const same = fix ? group.filter((f) => suggestedFix(f)?.from === fix.from) : [];
  const first = fix?.to[0];
  return (
    <div className={styles.fixes}>
      {fix &&
        onApply &&
        fix.to.slice(0, 2).map((to) => (
          <Button key={to} size="small" disabledFocusable={disabled} onClick={() => onApply([finding], to)}>
            {s.applyOne(to)}
          </Button>
        ))}
      {onApply && same.length > 1 && first !== undefined && (
        <Button size="small" disabledFocusable={disabled} onClick={() => onApply(same, first)}>
          {s.applyAll(same.length, first)}
        </Button>
      )}
      {onAddName && name !== undefined && (
        <Button size="small" disabledFocusable={disabled} onClick={() => onAddName(name)}>
          {s.addName}
        </Button>
      )}
    </div>
  );
}
