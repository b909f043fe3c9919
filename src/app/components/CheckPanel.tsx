/** Kiểm tra: every submission sheet of the picked files checked, findings grouped and filterable. */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { DayNumber } from "../../core/day";
import { useTabStyles } from "../../taskpane/components/tab-styles";
import { useText } from "../app-context";
import { PageError, useRun } from "../use-run";
import { checkFiles, type CheckRun, type PickedFile, type RunSettings } from "../web-run";
import { FindingsView } from "./FindingsView";
import { ProblemList } from "./ProblemList";
import { RunStatus } from "./RunStatus";

export interface PanelProps {
  readonly files: readonly PickedFile[];
  readonly settings: RunSettings;
  readonly today: () => DayNumber;
}

export function CheckPanel({ files, settings, today }: PanelProps) {
  const tab = useTabStyles();
  const text = useText();
  const runner = useRun((error) => text.unexpected(error instanceof Error ? error.message : String(error)));
  const [run, setRun] = useState<CheckRun>();
  const [errors, setErrors] = useState<readonly string[]>([]);

  const check = () =>
    runner.run(
      async () => {
        if (files.length === 0) throw new PageError(text.needFiles);
        return checkFiles(files, settings, today());
      },
      (checked) => {
        if (!checked.ok) {
          setErrors(checked.errors);
          setRun(undefined);
          return undefined;
        }
        setErrors([]);
        setRun(checked.run);
        const findings = checked.run.reports.reduce((n, r) => n + r.findings.length, 0);
        return text.check.done(checked.run.reports.length, findings);
      },
    );

  return (
    <div className={tab.root}>
      <div className={tab.buttons}>
        <Button appearance="primary" disabledFocusable={runner.busy} onClick={check}>
          {text.check.run}
        </Button>
      </div>
      <RunStatus state={runner} />
      <ProblemList title={text.errorTitle} items={errors} intent="warning" />
      {run && (
        <>
          <Text size={200} className={tab.term}>
            {text.check.directoryFrom(run.directoryFile)}
          </Text>
          <ProblemList
            title={text.check.problems}
            items={run.problems.map((p) => p.message)}
            intent="warning"
          />
          <ProblemList title={text.check.notes} items={run.notes} intent="info" />
          <FindingsView reports={run.reports} />
        </>
      )}
    </div>
  );
}
