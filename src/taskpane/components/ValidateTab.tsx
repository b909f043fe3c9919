/** Kiểm tra: validates the active sheet, lists findings by row, highlights them, adds dropdown lists. */
import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Severity } from "../../core/findings";
import { severityLabel } from "../../core/messages";
import {
  addAgencyDropdowns,
  checkActiveSheet,
  clearReportHighlights,
  highlightReport,
  selectFindingCell,
} from "../actions";
import { errorMessage, type SheetCheck } from "../actions";
import { addNameToDirectory, applySuggestion, fixTargets } from "../fix-actions";
import { usePane } from "../pane-context";
import { recheckChanges, type Recheck } from "../recheck";
import { useAction } from "../use-action";
import { useSheetWatch } from "../use-sheet-watch";
import { ActionStatus } from "./ActionStatus";
import { FindingList, SEVERITY_COLOR, SEVERITY_SYMBOL } from "./FindingList";
import { LegacyRepair } from "./LegacyRepair";
import { useTabStyles } from "./tab-styles";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function ValidateTab() {
  const tab = useTabStyles();
  const styles = useStyles();
  const { host, strings, lang, today, recheckDelay } = usePane();
  const s = strings.validate;
  const action = useAction();
  const [check, setCheck] = useState<SheetCheck>();
  const latestCheck = useRef(check);
  latestCheck.current = check;
  // Cells the pane wrote and re-checked itself: Excel's events for them need no second re-check.
  const own = useRef(new Set<string>()).current;
  const [watchError, setWatchError] = useState<string>();
  // Thêm danh sách chọn, or a name to add, needs a directory sheet the workbook lacks: the clerk is asked first.
  const [ask, setAsk] = useState<
    { readonly kind: "dropdowns" } | { readonly kind: "name"; readonly name: string }
  >();
  // Each check starts a fresh list (paging back at the first page).
  const [runs, setRuns] = useState(0);
  const report = check?.report;

  const showCheck = (result: SheetCheck) => {
    setCheck(result);
    setRuns((n) => n + 1);
  };

  /** A re-check's result: the list keeps its filter and open groups (no fresh list, unlike a check). */
  const showRecheck = ({ outcome }: Recheck) =>
    setCheck(outcome.kind === "checked" ? outcome.check : undefined);

  // Edits to the checked sheet re-check the rows they changed (recheck.ts says what waits for a full check).
  useSheetWatch({
    host,
    sheet: check?.report.sheet,
    delay: recheckDelay,
    own,
    onError: (error) => setWatchError(errorMessage(error, strings)),
    recheck: (changes) => {
      const current = latestCheck.current;
      if (!current) return Promise.resolve(true);
      return action.run(
        strings.busy,
        () => recheckChanges(host, current, changes, today()),
        (result) => {
          showRecheck(result);
          const n = result.outcome.kind === "checked" ? result.outcome.check.report.findings.length : 0;
          const { rows } = result;
          return (t) => (rows === "sheet" ? t.validate.recheckedSheet(n) : t.validate.rechecked(rows, n));
        },
      );
    },
  });

  const runCheck = () =>
    action.run(
      strings.busy,
      () => checkActiveSheet(host, today()),
      (outcome) => {
        setAsk(undefined);
        if (outcome.kind === "owned") {
          // One of the add-in's own sheets (summary, data…): said in the status line, nothing listed.
          setCheck(undefined);
          return (t) => t.validate.ownedSheet(outcome.sheet, outcome.owner);
        }
        const { report } = outcome.check;
        showCheck(outcome.check);
        return (t) => t.validate.checked(report.sheet, report.findings.length);
      },
    );

  const addDropdowns = (mayAddDirectorySheet: boolean) =>
    check &&
    action.run(
      strings.busy,
      () => addAgencyDropdowns(host, check, mayAddDirectorySheet),
      (outcome) => {
        setAsk(outcome.kind === "needsDirectorySheet" ? { kind: "dropdowns" } : undefined);
        if (outcome.kind === "needsDirectorySheet") return undefined;
        if (outcome.kind === "noTable") return (t) => t.validate.noTable;
        const { columns, directoryCreated } = outcome;
        return (t) =>
          directoryCreated === undefined
            ? t.validate.dropdownsAdded(columns)
            : t.validate.dropdownsAddedWithDirectory(columns, directoryCreated);
      },
    );

  const addName = (name: string, mayCreate: boolean) =>
    check &&
    action.run(
      strings.busy,
      () => addNameToDirectory(host, check, name, mayCreate, today()),
      (outcome) => {
        setAsk(outcome.kind === "needsDirectorySheet" ? { kind: "name", name } : undefined);
        if (outcome.kind === "needsDirectorySheet") return undefined;
        setCheck(outcome.check);
        const { sheet, row, created } = outcome;
        const n = outcome.check.report.findings.length;
        return (t) =>
          created
            ? t.validate.nameAddedWithDirectory(name, sheet, n)
            : t.validate.nameAdded(name, sheet, row, n);
      },
    );

  const counts = (severity: Severity) => report?.findings.filter((f) => f.severity === severity).length ?? 0;

  return (
    <div className={tab.root}>
      <Text className={tab.intro}>{s.intro}</Text>
      <div className={tab.buttons}>
        <Button appearance="primary" disabledFocusable={action.busy} onClick={runCheck}>
          {s.run}
        </Button>
        <Button
          disabled={!report}
          disabledFocusable={action.busy}
          onClick={() =>
            report &&
            action.run(
              strings.busy,
              () => highlightReport(host, report),
              ({ marked, cells }) =>
                (t) =>
                  marked < cells ? t.validate.highlightedSome(marked, cells) : t.validate.highlighted(marked),
            )
          }
        >
          {s.highlight}
        </Button>
        <Button
          disabled={!report}
          disabledFocusable={action.busy}
          onClick={() =>
            report &&
            action.run(
              strings.busy,
              () => clearReportHighlights(host, report.sheet),
              (n) => (t) => t.validate.cleared(n),
            )
          }
        >
          {s.clear}
        </Button>
        <Button disabled={!report?.table} disabledFocusable={action.busy} onClick={() => addDropdowns(false)}>
          {s.dropdowns}
        </Button>
      </div>
      <ActionStatus state={action} onDismissError={action.dismissError} />
      {ask && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{ask.kind === "name" ? s.addNameAsk(ask.name) : s.directoryAsk}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              disabledFocusable={action.busy}
              onClick={() => (ask.kind === "name" ? addName(ask.name, true) : addDropdowns(true))}
            >
              {ask.kind === "name" ? s.addNameCreate : s.directoryAdd}
            </Button>
            <Button
              size="small"
              appearance="transparent"
              disabledFocusable={action.busy}
              onClick={() => setAsk(undefined)}
            >
              {s.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {report && check && (
        <>
          <dl className={tab.facts}>
            <dt className={tab.term}>{s.sheet}</dt>
            <dd className={tab.value}>{report.sheet}</dd>
            <dt className={tab.term}>{s.unit}</dt>
            <dd className={tab.value}>{report.unit ?? s.unitUnknown}</dd>
            <dt className={tab.term}>{s.tasks}</dt>
            <dd className={tab.value}>{report.tasks}</dd>
          </dl>
          <Text size={200} className={tab.term}>
            {s.directoryFrom(check.directorySheet ? check.directorySheet.name : s.directoryDefault)}
          </Text>
          <Text size={200} className={tab.term}>
            {s.watching}
          </Text>
          {watchError !== undefined && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {s.watchFailed} {watchError}
              </MessageBarBody>
            </MessageBar>
          )}
          {check.directoryProblems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.directoryProblems}</MessageBarTitle>
                <ul className={tab.list}>
                  {check.directoryProblems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <LegacyRepair check={check} action={action} onChecked={showCheck} />
          <div className={styles.counts}>
            {SEVERITIES.map((severity) => (
              <Badge
                key={severity}
                appearance="filled"
                color={SEVERITY_COLOR[severity]}
                data-severity={severity}
              >
                <span aria-hidden="true">{SEVERITY_SYMBOL[severity]}</span>&nbsp;
                {severityLabel(severity, lang)}: {counts(severity)}
              </Badge>
            ))}
          </div>
          {report.empty ? (
            <Text>{s.emptySheet}</Text>
          ) : report.findings.length === 0 ? (
            <Text>{s.noFindings}</Text>
          ) : (
            <FindingList
              key={runs}
              findings={report.findings}
              disabled={action.busy}
              onApply={(findings, to) =>
                action.run(
                  strings.busy,
                  async () => {
                    const cells = [...fixTargets(findings).keys()];
                    for (const cell of cells) own.add(cell);
                    const applied = await applySuggestion(host, check, findings, to, today());
                    // Nothing written: no event will come for those cells.
                    if (applied.changed === 0) for (const cell of cells) own.delete(cell);
                    return applied;
                  },
                  ({ changed, recheck }) => {
                    showRecheck(recheck);
                    return (t) => t.validate.applied(changed, to);
                  },
                )
              }
              onAddName={(name) => addName(name, false)}
              onSelect={(finding) =>
                action.run(
                  strings.busy,
                  () => selectFindingCell(host, report.sheet, finding.cell),
                  () => (t) => t.validate.selected(finding.cell),
                )
              }
            />
          )}
        </>
      )}
    </div>
  );
}
