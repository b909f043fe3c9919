/** The pure parts of re-check on edit: which rows an event names, joined, and put in place. */
import type { SheetSnapshot } from "../../src/core/snapshot";
import { changedBlock, joinSpans, withRows } from "../../src/taskpane/recheck";

describe("changedBlock", () => {
  it.each([
    ["E8", { first: 8, last: 8, right: 5 }],
    ["$B$5:$D$9", { first: 5, last: 9, right: 4 }],
    ["'Bắc Sơn'!C9:A7", { first: 7, last: 9, right: 3 }],
    ["7:9", { first: 7, last: 9, right: 0 }],
  ])("%s → %o", (address, block) => {
    expect(changedBlock(address)).toEqual(block);
  });

  it.each(["A:C", "", "Bắc Sơn"])("%s is not a block of rows", (address) => {
    expect(changedBlock(address)).toBeUndefined();
  });
});

describe("joinSpans", () => {
  it("sorts, and joins spans that overlap or touch", () => {
    expect(
      joinSpans([
        { first: 9, last: 9 },
        { first: 5, last: 6 },
        { first: 7, last: 7 },
        { first: 12, last: 14 },
        { first: 13, last: 13 },
      ]),
    ).toEqual([
      { first: 5, last: 7 },
      { first: 9, last: 9 },
      { first: 12, last: 14 },
    ]);
  });
});

describe("withRows", () => {
  const base: SheetSnapshot = { sheet: "S", rows: [["a"], ["b"], ["c"]], merges: [] };

  it("replaces the rows read, keeps the others, adds rows past the end", () => {
    const next = withRows(
      base,
      [
        { first: 2, last: 2 },
        { first: 5, last: 5 },
      ],
      [[["B", 2]], [["E"]]],
    );
    expect(next.rows).toEqual([["a"], ["B", 2], ["c"], [], ["E"]]);
    expect(base.rows).toEqual([["a"], ["b"], ["c"]]);
  });

  it("drops trailing empty rows, as a full read would end at the last value", () => {
    expect(withRows(base, [{ first: 3, last: 3 }], [[[null, ""]]]).rows).toEqual([["a"], ["b"]]);
  });
});
