/**
 * The findings of every checked sheet, grouped as in the task pane (by sheet, then by kind: `Thiếu cơ quan
 * chủ trì — 12`, each finding with its cell or row) and
 * filtered by severity and by text. Rendered a page at a time: a folder of reports can hold thousands.
 */
import { Badge, Button, Input, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Finding, Severity } from "../../core/findings";
import { formatFinding, severityLabel } from "../../core/messages";
import type { SheetReport } from "../../core/report-types";
import { groupByKind, SEVERITY_COLOR, SEVERITY_SYMBOL } from "../../taskpane/components/FindingList";
import { findingKindTitle } from "../../taskpane/finding-kinds";
import { useTabStyles } from "../../taskpane/components/tab-styles";
import { useLang, useText } from "../app-context";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
export const FINDINGS_PAGE = 200;

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase300 },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXXS,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface Shown {
  readonly report: SheetReport;
  readonly findings: readonly Finding[];
}

export function FindingsView({ reports }: { readonly reports: readonly SheetReport[] }) {
  const styles = useStyles();
  const tab = useTabStyles();
  const text = useText();
  const lang = useLang();
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(FINDINGS_PAGE);

  const count = (severity: Severity) =>
    reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const shown: Shown[] = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(lang);
    const matches = (f: Finding) => {
      if (!severities.has(f.severity)) return false;
      if (needle === "") return true;
      const { message, suggestion } = formatFinding(f, lang);
      return [message, suggestion ?? "", f.code, f.cell ?? ""].some((t) =>
        t.toLocaleLowerCase(lang).includes(needle),
      );
    };
    return reports.map((report) => ({ report, findings: report.findings.filter(matches) }));
  }, [reports, severities, query, lang]);
  const total = shown.reduce((n, s) => n + s.findings.length, 0);

  let budget = limit;
  return (
    <section className={tab.section} aria-label={text.check.findings}>
      <div className={styles.filters} role="group" aria-label={text.check.filter}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={severities.has(severity)}
            onClick={() => {
              const next = new Set(severities);
              if (next.has(severity)) next.delete(severity);
              else next.add(severity);
              setSeverities(next);
              setLimit(FINDINGS_PAGE);
            }}
          >
            {severityLabel(severity, lang)}: {count(severity)}
          </ToggleButton>
        ))}
        <Input
          size="small"
          aria-label={text.check.search}
          placeholder={text.check.search}
          value={query}
          onChange={(_, d) => {
            setQuery(d.value);
            setLimit(FINDINGS_PAGE);
          }}
        />
      </div>
      {shown.map(({ report, findings }) => {
        const visible = findings.slice(0, Math.max(0, budget));
        budget -= visible.length;
        const heading = text.check.sheetHeading(report.file ?? "", report.sheet);
        return (
          <section
            key={`${report.file ?? ""}\u0000${report.sheet}`}
            className={styles.sheet}
            aria-label={heading}
          >
            <h3 className={tab.sectionTitle}>{heading}</h3>
            <Text size={200} className={styles.muted}>
              {text.check.unit(report.unit)} · {text.check.tasks(report.tasks)}
            </Text>
            {report.findings.length === 0 ? (
              <Text>{text.check.noFindings}</Text>
            ) : findings.length === 0 ? (
              <Text className={styles.muted}>{text.check.noneMatch}</Text>
            ) : (
              // Grouped by kind like the pane's list (`Thiếu cơ quan chủ trì — 12`), most severe first.
              groupByKind(visible).map((group) => (
                <div key={group.code}>
                  <h4 className={styles.heading}>
                    {`${SEVERITY_SYMBOL[group.severity]} ${findingKindTitle(group.code, lang)} — ${group.findings.length}`}
                  </h4>
                  <ul className={tab.list}>
                    {group.findings.map((finding, i) => (
                      <li key={`${finding.code}-${finding.cell ?? ""}-${i}`} className={styles.item}>
                        <FindingLine finding={finding} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </section>
        );
      })}
      {total > limit && (
        <>
          <Text size={200}>{text.check.showing(limit, total)}</Text>
          <Button onClick={() => setLimit((n) => n + FINDINGS_PAGE)}>
            {text.check.showMore(Math.min(FINDINGS_PAGE, total - limit))}
          </Button>
        </>
      )}
    </section>
  );
}

function FindingLine({ finding }: { readonly finding: Finding }) {
  const styles = useStyles();
  const lang = useLang();
  const text = useText();
  const where =
    finding.cell ?? (finding.row === undefined ? text.check.wholeSheet : text.check.row(finding.row));
  const { message, suggestion } = formatFinding(finding, lang);
  return (
    <>
      <span className={styles.line}>
        <Badge appearance="tint" color={SEVERITY_COLOR[finding.severity]} size="small">
          {`${SEVERITY_SYMBOL[finding.severity]} ${severityLabel(finding.severity, lang)}`}
        </Badge>{" "}
        <Text weight="semibold">{where}</Text> <Text>{message}</Text>
      </span>
      {suggestion && (
        <Text size={200} className={styles.muted}>
          {suggestion}
        </Text>
      )}
    </>
  );
}
