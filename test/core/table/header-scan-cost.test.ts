/**
 * Issue 10 (speed): the header scan reads each cell of its first rows several times (alone, as the top
 * and the bottom of a two-row header, as a preceding group); folding each distinct label for its role
 * once per sheet, not at every reading, was most of the time of `annex validate` spent in core.
 */
import * as labels from "../../../src/core/table/labels";
import { detectHeader } from "../../../src/core/table/header";
import { annexSnapshot } from "../../../bench/synthetic";

describe("detectHeader's cost", () => {
  afterEach(() => jest.restoreAllMocks());

  it("works out each distinct label's role once per sheet", () => {
    const snapshot = annexSnapshot(60);
    const roles = jest.spyOn(labels, "labelRole");
    const header = detectHeader(snapshot);
    expect(header).toMatchObject({ row: 5, height: 2 });
    const asked = roles.mock.calls.map(([label]) => label);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBe(new Set(asked).size);
  });

  it("finds the same header on a second reading of the same sheet", () => {
    const snapshot = annexSnapshot(60);
    expect(detectHeader(snapshot)).toEqual(detectHeader(snapshot));
  });
});
