import { renumberRows } from "../../../src/core/plans/annex-numbering";
import type { RowKind } from "../../../src/core/table-types";
import { annexTable } from "./fixtures";

function renumbered(rows: readonly (readonly [RowKind, string])[]): (string | undefined)[] {
  const table = annexTable(
    { stt: 1, content: 2 },
    rows.map(([kind, stt]) => ({ kind, stt })),
  );
  const numbers = renumberRows(table.rows);
  return table.rows.map((_, i) => numbers.get(i));
}

describe("renumberRows", () => {
  it.each([
    [
      "tasks restart in every section",
      [
        ["section", "I"],
        ["task", "1"],
        ["task", "3"],
        ["section", "IV"],
        ["task", "1"],
        ["task", "2"],
      ],
      ["I.", "1.", "2.", "II.", "1.", "2."],
    ],
    [
      "hierarchical numbers follow their parent",
      [
        ["section", "I."],
        ["task", "1."],
        ["task", "1.1"],
        ["task", "1.3"],
        ["task", "2"],
        ["task", "2.1.1"],
      ],
      ["I.", "1.", "1.1", "1.2", "2.", "2.1.1"],
    ],
    [
      "a section prefix is not a level",
      [
        ["section", "III"],
        ["task", "III.1"],
        ["task", "III.2"],
        ["task", "III.2.1"],
      ],
      ["I.", "1.", "2.", "2.1"],
    ],
    [
      "sections restart under every part; parts, sub-items and headings are left as written",
      [
        ["part", "A"],
        ["section", "I"],
        ["task", "1"],
        ["subitem", "a)"],
        ["heading", ""],
        ["part", "B"],
        ["section", "II"],
      ],
      [undefined, "I.", "1.", undefined, undefined, undefined, "I."],
    ],
  ] as const)("%s", (_what, rows, expected) => {
    expect(renumbered(rows)).toEqual(expected);
  });
});
