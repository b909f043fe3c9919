/** Phụ lục: the official annex of each picked workbook, previewed, each downloadable as its own .xlsx. */
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../core/report-types";
import { useTabStyles } from "../../taskpane/components/tab-styles";
import { useText } from "../app-context";
import { annexFileName, downloadBytes } from "../download";
import { PageError, useRun } from "../use-run";
import { buildAnnexes, type AnnexResult, type PickedFile } from "../web-run";
import { PlanPreview } from "./PlanPreview";
import { ProblemList } from "./ProblemList";
import { RunStatus } from "./RunStatus";

export function AnnexPanel({ files, lang }: { readonly files: readonly PickedFile[]; readonly lang: Lang }) {
  const tab = useTabStyles();
  const text = useText();
  const runner = useRun((error) => text.unexpected(error instanceof Error ? error.message : String(error)));
  const [results, setResults] = useState<readonly AnnexResult[]>([]);

  const build = () =>
    runner.run(
      async () => {
        if (files.length === 0) throw new PageError(text.needFiles);
        return buildAnnexes(files, lang);
      },
      (built) => {
        setResults(built);
        return text.annex.done(built.filter((r) => "plan" in r).length);
      },
    );

  return (
    <div className={tab.root}>
      <Text className={tab.intro}>{text.annex.intro}</Text>
      <div className={tab.buttons}>
        <Button appearance="primary" disabledFocusable={runner.busy} onClick={build}>
          {text.annex.run}
        </Button>
      </div>
      <RunStatus state={runner} />
      <ProblemList
        title={text.check.problems}
        items={results.flatMap((r) => ("message" in r ? [r.message] : []))}
        intent="warning"
      />
      {results.map((result) =>
        "plan" in result ? (
          <section
            key={result.file}
            className={tab.section}
            aria-label={text.annex.from(result.file, result.sheet)}
          >
            <h2 className={tab.sectionTitle}>{text.annex.from(result.file, result.sheet)}</h2>
            <div className={tab.buttons}>
              <Button onClick={() => downloadBytes(result.bytes, annexFileName(result.file))}>
                {text.annex.download(result.file)}
              </Button>
            </div>
            <PlanPreview plan={result.plan} />
          </section>
        ) : null,
      )}
    </div>
  );
}
