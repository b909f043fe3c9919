/** The consolidation's outcome in the pane: totals, units that have not submitted, unreadable sheets. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ConsolidationResult } from "../actions";
import { usePane } from "../pane-context";
import { useTabStyles } from "./tab-styles";

export function ConsolidationSummary({ result }: { readonly result: ConsolidationResult }) {
  const tab = useTabStyles();
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
      <dl className={tab.facts}>
        <dt className={tab.term}>{s.units}</dt>
        <dd className={tab.value} data-testid="units-submitted">
          {submitted.length}
        </dd>
        <dt className={tab.term}>{s.totalTasks}</dt>
        <dd className={tab.value} data-testid="total-tasks">
          {c.tasks.length}
        </dd>
        <dt className={tab.term}>{s.errors}</dt>
        <dd className={tab.value}>{sum((u) => u.errors)}</dd>
        <dt className={tab.term}>{s.warnings}</dt>
        <dd className={tab.value}>{sum((u) => u.warnings)}</dd>
        <dt className={tab.term}>{s.notSubmitted}</dt>
        <dd className={tab.value} data-testid="not-submitted">
          {/* Without a directory that says who must submit, "none" would be a guess. */}
          {c.rosterKnown ? list(c.notSubmitted) : strings.resubmit.rosterUnknown}
        </dd>
        {c.replaced.length > 0 && (
          <>
            <dt className={tab.term}>{strings.resubmit.replaced}</dt>
            <dd className={tab.value} data-testid="replaced">
              {c.replaced
                .map((r) =>
                  strings.resubmit.replacedLine(
                    r.unit,
                    r.kept.sheet,
                    r.replaced.map((ref) => `“${ref.sheet}”`).join(", "),
                  ),
                )
                .join("; ")}
            </dd>
          </>
        )}
        <dt className={tab.term}>{s.unreadable}</dt>
        <dd className={tab.value}>{list(c.unreadable.map((u) => `${u.file}: ${u.message}`))}</dd>
      </dl>
      {result.directoryProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {/* Which agencies must submit comes from the directory: its problems change "Chưa nộp". */}
            <MessageBarTitle>{strings.validate.directoryProblems}</MessageBarTitle>
            <ul className={tab.list}>
              {result.directoryProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
