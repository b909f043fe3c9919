/**
 * The precision figure (issue 7): the current engine over the labelled real documents, one JSON line per
 * group (`tune`, `holdout`, `real-annexes`, `seeds`): documents, task rows (labelled vs counted), error and
 * warning findings, true and false ones, precision, recall, false findings per 25 task rows, and the false
 * findings by code. Ground truth and scoring: test/helpers/corpus.ts (the same as corpus.test.ts).
 *
 * Run from `npm run bench`, or alone: `npx tsx bench/precision.ts [--verbose]`; `--verbose` also lists
 * every false finding, every missed label and every task row counted wrongly, one JSON line each.
 */
import { createAgencyMatcher } from "../src/core/agency";
import { DEFAULT_DIRECTORY } from "../src/core/default-directory";
import { validateSheet } from "../src/core/validate";
import {
  CORPUS_GROUPS,
  groupFigure,
  loadAllDocuments,
  scoreDocument,
  type DocumentScore,
} from "../test/helpers/corpus";

function emit(record: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(record) + "\n");
}

/** Validates every labelled document with the built-in directory and scores it. */
export function scoreCorpus(): DocumentScore[] {
  const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
  return loadAllDocuments().map((doc) =>
    scoreDocument(doc, validateSheet(doc.snapshot, doc.options, matcher)),
  );
}

/** Prints the figure (and with `verbose` the details behind it) as JSON lines. */
export function benchPrecision(verbose = false): void {
  const scores = scoreCorpus();
  for (const group of CORPUS_GROUPS) {
    const figure = groupFigure(scores.filter((s) => s.document.group === group));
    emit({ bench: "precision", group, ...figure });
  }
  if (!verbose) return;
  for (const score of scores) {
    const where = { group: score.document.group, id: score.document.id };
    for (const f of score.findings.filter((x) => !x.true)) {
      const { code, severity, cell, params } = f.finding;
      emit({ detail: "false-finding", ...where, line: f.line, code, severity, cell, params });
    }
    for (const label of score.labelsMissed) emit({ detail: "missed-label", ...where, ...label });
    for (const line of score.tasksMissed) emit({ detail: "task-not-counted", ...where, line });
    for (const line of score.tasksExtra) emit({ detail: "counted-not-task", ...where, line });
    if (score.unitRight === false) {
      emit({ detail: "unit", ...where, reported: score.unit ?? null, issuer: score.document.meta.issuer });
    }
  }
}

if (require.main === module) benchPrecision(process.argv.includes("--verbose"));
