/** Tổng hợp: ticks the units' sheets (and imported files), consolidates them into the owned summary sheets. */
import { Badge, Button, Checkbox, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { consolidateSheets, errorMessage, insertFiles, listSubmissions } from "../actions";
import type { ConsolidationResult, InsertOutcome, SubmissionList, SubmissionRow } from "../actions";
import type { Strings } from "../i18n";
import { usePane } from "../pane-context";
import { useAction, useOnOpen } from "../use-action";
import { ActionStatus } from "./ActionStatus";
import { ConsolidationSummary } from "./ConsolidationSummary";
import { consolidateWithFeedback } from "../feedback-actions";
import { ResubmissionChoice, resubmissionGroups } from "./ResubmissionChoice";
import { useTabStyles } from "./tab-styles";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", minWidth: 0 },
  details: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    paddingLeft: "32px",
    alignItems: "center",
  },
  muted: { color: tokens.colorNeutralForeground2 },
  hiddenInput: { display: "none" },
  failures: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function statusText(row: SubmissionRow, s: Strings["consolidate"]): string {
  if (row.status === "empty") return s.statusEmpty;
  if (row.status === "noTable") return s.statusNoTable;
  if (row.status === "blankTemplate") return s.statusBlankTemplate;
  if (row.status === "problems") return s.statusProblems(row.errors, row.warnings);
  return s.statusOk;
}

/** Ticked by default: every sheet that holds a task table. */
function hasTable(row: SubmissionRow): boolean {
  return row.status === "ok" || row.status === "problems";
}

const STATUS_COLOR = {
  ok: "success",
  problems: "warning",
  empty: "subtle",
  noTable: "danger",
  blankTemplate: "informative",
} as const;

export function ConsolidateTab() {
  const tab = useTabStyles();
  const styles = useStyles();
  const { host, strings, lang, today } = usePane();
  const s = strings.consolidate;
  const action = useAction();
  const { run } = action;
  const [rows, setRows] = useState<readonly SubmissionRow[]>();
  const [resubmissions, setResubmissions] = useState<SubmissionList["resubmissions"]>([]);
  // The clerk's choice per unit that submitted more than once (unit → sheet).
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<ConsolidationResult>();
  const [failures, setFailures] = useState<InsertOutcome["failures"]>([]);
  const [feedback, setFeedback] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // Sheets listed before, so a reload keeps the user's ticks and only new sheets get the default.
  const listed = useRef<ReadonlySet<string>>(new Set());

  const showRows = ({ rows: list, resubmissions: again }: SubmissionList) => {
    setResubmissions(again);
    const before = listed.current;
    listed.current = new Set(list.map((r) => r.sheet));
    setRows(list);
    setTicked(
      (current) =>
        new Set(
          list.filter((r) => (before.has(r.sheet) ? current.has(r.sheet) : hasTable(r))).map((r) => r.sheet),
        ),
    );
  };

  const refresh = () =>
    run(
      strings.busy,
      () => listSubmissions(host, today()),
      (list) => {
        showRows(list);
        return undefined;
      },
    );

  useOnOpen(refresh);

  const addFiles = (files: readonly File[]) =>
    run(
      s.inserting(files.map((f) => f.name).join(", ")),
      async () => {
        const outcome = await insertFiles(host, files);
        return { outcome, list: await listSubmissions(host, today()) };
      },
      ({ outcome, list }) => {
        showRows(list);
        setFailures(outcome.failures);
        return (t) => t.consolidate.inserted(outcome.inserted.length);
      },
    );

  const chosen = rows?.filter((r) => ticked.has(r.sheet)).map((r) => r.sheet) ?? [];
  const groups = resubmissionGroups(resubmissions, rows ?? [], ticked, choices);
  const keep = groups.flatMap((g) => (g.keep ? [g.keep] : []));

  const consolidate = () =>
    run(
      s.progress(chosen.length),
      () => (feedback ? consolidateWithFeedback : consolidateSheets)(host, chosen, today(), lang, { keep }),
      (r) => {
        setResult(r);
        return (t) => t.consolidate.written(r.written.join(", "));
      },
    );

  const makeTemplates = () =>
    run(
      s.makingTemplates,
      // Loaded on first use: the template plans stay out of the pane's initial script.
      async () => (await import("../template-actions")).createTemplates(host, today()),
      (made) => (t) => t.consolidate.templatesMade(made.templates.length, made.withoutTasks.length),
    );

  const toggle = (sheet: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(sheet);
      else next.delete(sheet);
      return next;
    });

  return (
    <div className={tab.root}>
      <Text className={tab.intro}>{s.intro}</Text>
      <div className={tab.buttons}>
        <Button
          appearance="primary"
          disabled={chosen.length === 0}
          disabledFocusable={action.busy}
          onClick={consolidate}
        >
          {s.run}
        </Button>
        <Button disabledFocusable={action.busy} onClick={() => fileInput.current?.click()}>
          {s.addFiles}
        </Button>
        <Button disabledFocusable={action.busy} onClick={refresh}>
          {s.refresh}
        </Button>
        <Button disabledFocusable={action.busy} onClick={makeTemplates}>
          {s.makeTemplates}
        </Button>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx"
          multiple
          aria-label={s.addFiles}
          data-testid="file-input"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = "";
            if (files.length > 0) void addFiles(files);
          }}
        />
      </div>
      {/* A disabled button alone does not say why. */}
      {rows && rows.length > 0 && chosen.length === 0 && <Text size={200}>{s.nothingTicked}</Text>}
      <Checkbox
        label={s.feedback}
        checked={feedback}
        disabled={action.busy}
        onChange={(_, d) => setFeedback(d.checked === true)}
      />
      {action.busy && <ProgressBar aria-label={action.status ?? strings.busy} />}
      <ActionStatus state={action} onDismissError={action.dismissError} />
      {failures.length > 0 && (
        <div role="alert">
          <Text weight="semibold">{s.filesFailed}</Text>
          <ul className={styles.failures}>
            {failures.map((f) => (
              <li key={f.name}>{s.fileFailed(f.name, errorMessage(f.error, strings))}</li>
            ))}
          </ul>
        </div>
      )}
      {rows && (
        <section className={tab.section} aria-labelledby="consolidate-sheets-title">
          <h2 id="consolidate-sheets-title" className={tab.sectionTitle}>
            {s.sheets}
          </h2>
          {rows.length === 0 ? (
            <Text>{s.noSheets}</Text>
          ) : (
            <ul className={tab.list}>
              {rows.map((row) => (
                <li key={row.sheet} className={styles.row}>
                  <Checkbox
                    label={row.sheet}
                    checked={ticked.has(row.sheet)}
                    disabled={action.busy}
                    onChange={(_, d) => toggle(row.sheet, d.checked === true)}
                  />
                  <span className={styles.details}>
                    <Text size={200}>{row.unit ?? s.unitUnknown}</Text>
                    <Text size={200} className={styles.muted}>
                      {s.tasks(row.tasks)}
                    </Text>
                    <Badge appearance="tint" size="small" color={STATUS_COLOR[row.status]}>
                      {statusText(row, s)}
                    </Badge>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {rows && (
        <ResubmissionChoice
          groups={groups}
          rows={rows}
          disabled={action.busy}
          onChoose={(unit, sheet) => setChoices((current) => new Map(current).set(unit, sheet))}
        />
      )}
      {result && <ConsolidationSummary result={result} />}
    </div>
  );
}
