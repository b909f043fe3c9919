/** The consolidation's outcome in the pane: totals, units that have not submitted, unreadable sheets. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ConsolidationResult } from "../actions";
import { usePane } from "../pane-context";
import { useTabStyles } from "./tab-styles";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

export function ConsolidationSummary({ result }: { readonly result: ConsolidationResult }) {
  const tab = useTabStyles();
  const styles = useStyles();
  const { strings } = usePane();
  const s = strings.consolidate;
  const { consolidation: c } = result;
  const submitted = c.units.filter((u) => u.submitted);
  const sum = (pick: (u: (typeof c.units)[number]) => number) => submitted.reduce((n, u) => n + pick(u), 0);
  const list = (items: readonly string[]) => (items.length > 0 ? items.join("; ") : s.none);
  return (
    <section className={tab.section} aria-labelledby="consolidate-result-title">
      <h2 id="consolidate-result-title" className={tab.sectionTitle}>
        {s.result}
      </h2>
      <dl className={styles.facts}>
        <dt className={styles.term}>{s.units}</dt>
        <dd className={styles.value} data-testid="units-submitted">
          {submitted.length}
        </dd>
        <dt className={styles.term}>{s.totalTasks}</dt>
        <dd className={styles.value} data-testid="total-tasks">
          {c.tasks.length}
        </dd>
        <dt className={styles.term}>{s.errors}</dt>
        <dd className={styles.value}>{sum((u) => u.errors)}</dd>
        <dt className={styles.term}>{s.warnings}</dt>
        <dd className={styles.value}>{sum((u) => u.warnings)}</dd>
        <dt className={styles.term}>{s.notSubmitted}</dt>
        <dd className={styles.value} data-testid="not-submitted">
          {list(c.notSubmitted)}
        </dd>
        <dt className={styles.term}>{s.unreadable}</dt>
        <dd className={styles.value}>{list(c.unreadable.map((u) => `${u.file}: ${u.message}`))}</dd>
      </dl>
    </section>
  );
}
