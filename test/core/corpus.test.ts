/**
 * Issue 7's "done when", on the labelled real documents (test/fixtures/corpus, README there; plus the real
 * annexes and the seed annex): every task row is counted (and nothing else is), every labelled defect is
 * found, the part not tuned on has at most one false error/warning per 25 task rows, and the unit is the
 * issuer the title names. Ground truth and scoring: test/helpers/corpus.ts (shared with the bench).
 */
import { createAgencyMatcher } from "../../src/core/agency";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { validateSheet } from "../../src/core/validate";
import {
  groupFigure,
  loadAllDocuments,
  loadCorpusDocuments,
  scoreDocument,
  titleNamesIssuer,
  type DocumentScore,
} from "../helpers/corpus";

const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
const documents = loadAllDocuments();
const scores = new Map<string, DocumentScore>(
  documents.map((doc) => [
    `${doc.group}/${doc.id}`,
    scoreDocument(doc, validateSheet(doc.snapshot, doc.options, matcher)),
  ]),
);
const names = [...scores.keys()];
const score = (name: string): DocumentScore => {
  const found = scores.get(name);
  if (!found) throw new Error(`no document ${name}`);
  return found;
};

/** A finding as a line a reader can act on. */
const show = (s: DocumentScore): string[] =>
  s.findings
    .filter((f) => !f.true)
    .map(
      (f) => `line ${f.line} ${f.finding.cell ?? "-"} ${f.finding.code} ${JSON.stringify(f.finding.params)}`,
    );

describe("the labelled corpus", () => {
  const corpus = loadCorpusDocuments();

  it("has at least 20 documents, a third of them held out (every id whose number is a multiple of 3)", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    const wrongSplit = corpus
      .filter((doc) => (Number(/\d+/.exec(doc.id)?.[0]) % 3 === 0 ? "holdout" : "tune") !== doc.meta.split)
      .map((doc) => doc.id);
    expect(wrongSplit).toEqual([]);
  });

  it("labels every table row and gives every document its source and issuer", () => {
    for (const doc of corpus) {
      expect({ id: doc.id, rows: doc.kinds.length > 0, source: doc.meta.source !== "" }).toEqual({
        id: doc.id,
        rows: true,
        source: true,
      });
      expect({ id: doc.id, issuer: typeof doc.meta.issuer }).toEqual({ id: doc.id, issuer: "string" });
    }
  });
});

describe("every task row counted, and nothing else", () => {
  it.each(names)("%s", (name) => {
    const s = score(name);
    expect({ name, notCounted: s.tasksMissed, countedButNotTasks: s.tasksExtra }).toEqual({
      name,
      notCounted: [],
      countedButNotTasks: [],
    });
  });
});

describe("every labelled defect found", () => {
  it.each(names)("%s", (name) => {
    const missed = score(name).labelsMissed.map((l) => `line ${l.line} ${l.codes.join("|")} (${l.note})`);
    expect({ name, missed }).toEqual({ name, missed: [] });
  });
});

describe("findings a clerk can trust on documents not tuned on", () => {
  it("holdout: at most one false error/warning per 25 task rows", () => {
    const holdout = [...scores.values()].filter((s) => s.document.group === "holdout");
    const figure = groupFigure(holdout);
    const falseFindings = holdout.flatMap((s) => show(s).map((line) => `${s.document.id}: ${line}`));
    // An empty holdout proves nothing: it has to hold task rows before its figure counts.
    expect({
      holdoutTaskRows: figure.taskRowsLabelled > 0 ? "some" : 0,
      falsePer25Tasks: figure.falsePer25Tasks <= 1 ? "≤ 1" : figure.falsePer25Tasks,
      falseFindings,
    }).toEqual({
      holdoutTaskRows: "some",
      falsePer25Tasks: "≤ 1",
      falseFindings: expect.any(Array) as unknown,
    });
  });
});

describe("the unit is the issuer the title names", () => {
  const named = documents.filter((doc) => titleNamesIssuer(doc.meta)).map((doc) => `${doc.group}/${doc.id}`);
  it.each(named)("%s", (name) => {
    const s = score(name);
    // The same body however it is written (`UBND tỉnh X` = `Ủy ban nhân dân tỉnh X`), as the bench counts it.
    expect({ name, unit: s.unit ?? null, sameBody: s.unitRight }).toEqual({
      name,
      unit: s.unit ?? null,
      sameBody: true,
    });
    expect(s.unit).toBeDefined();
  });
});
