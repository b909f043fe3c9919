/** Tổng hợp: the picked reports checked and consolidated into the three sheets, previewed, one download. */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import { useTabStyles } from "../../taskpane/components/tab-styles";
import { useText } from "../app-context";
import { downloadBytes } from "../download";
import { PageError, useRun } from "../use-run";
import { checkFiles, consolidateRun, type CheckRun, type ConsolidatedRun } from "../web-run";
import type { PanelProps } from "./CheckPanel";
import { PlanPreview } from "./PlanPreview";
import { ProblemList } from "./ProblemList";
import { RunStatus } from "./RunStatus";

interface Result {
  readonly run: CheckRun;
  readonly summary: ConsolidatedRun;
}

export function SummaryPanel({ files, settings, today }: PanelProps) {
  const tab = useTabStyles();
  const text = useText();
  const runner = useRun((error) => text.unexpected(error instanceof Error ? error.message : String(error)));
  const [result, setResult] = useState<Result>();
  const [errors, setErrors] = useState<readonly string[]>([]);

  const consolidate = () =>
    runner.run(
      async () => {
        if (files.length === 0) throw new PageError(text.needFiles);
        const checked = await checkFiles(files, settings, today());
        if (!checked.ok) return { errors: checked.errors };
        return { run: checked.run, summary: await consolidateRun(checked.run) };
      },
      (outcome) => {
        if ("errors" in outcome) {
          setErrors(outcome.errors);
          setResult(undefined);
          return undefined;
        }
        setErrors([]);
        setResult(outcome);
        const c = outcome.summary.consolidation;
        return text.summary.done(c.units.length, c.tasks.length);
      },
    );

  const c = result?.summary.consolidation;
  return (
    <div className={tab.root}>
      <Text className={tab.intro}>{text.summary.intro}</Text>
      <div className={tab.buttons}>
        <Button appearance="primary" disabledFocusable={runner.busy} onClick={consolidate}>
          {text.summary.run}
        </Button>
        {result && (
          <Button onClick={() => downloadBytes(result.summary.bytes, text.summary.fileName)}>
            {text.summary.download}
          </Button>
        )}
      </div>
      <RunStatus state={runner} />
      <ProblemList title={text.errorTitle} items={errors} intent="warning" />
      {result && c && (
        <>
          <Text size={200} className={tab.term}>
            {text.check.directoryFrom(result.run.directoryFile)}
          </Text>
          {c.notSubmitted.length > 0 && <Text>{text.summary.notSubmitted(c.notSubmitted)}</Text>}
          <ProblemList
            title={text.check.problems}
            items={result.run.problems.map((p) => p.message)}
            intent="warning"
          />
          <ProblemList title={text.check.notes} items={result.run.notes} intent="info" />
          {result.summary.plans.map((plan) => (
            <PlanPreview key={plan.name} plan={plan} />
          ))}
        </>
      )}
    </div>
  );
}
