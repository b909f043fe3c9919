import { jsonChunks, writeInChunks } from "../../src/cli/json-chunks";

const whole = (value: unknown, levels?: number): string => [...jsonChunks(value, levels)].join("");

describe("jsonChunks", () => {
  const samples: unknown[] = [
    null,
    0,
    'Quý I\n"năm" 2024',
    [],
    {},
    [1, [2, [3, []]], { a: {} }],
    {
      period: { from: "2024-01-01", to: "2024-12-31" },
      sheets: [
        { file: null, sheet: "Báo cáo", findings: [], header: { row: 5, columns: { stt: "A" } } },
        { file: "a.xlsx", sheet: "S2", findings: [{ code: "LEAD_UNKNOWN", cell: "E9", gone: undefined }] },
      ],
      skipped: undefined,
      fn: () => 1,
      errors: [undefined, () => 2, "x"],
    },
  ];

  it.each(samples.map((s) => [JSON.stringify(s)?.slice(0, 40), s]))(
    "writes exactly what JSON.stringify(value, null, 2) writes: %s",
    (_label, value) => {
      for (const levels of [0, 1, 2, 5]) expect(whole(value, levels)).toBe(JSON.stringify(value, null, 2));
    },
  );

  it("writes an iterable where an array is, making its members only as they are written", () => {
    const made: number[] = [];
    function* sheets(): Generator<{ n: number }> {
      for (let n = 1; n <= 3; n++) {
        made.push(n);
        yield { n };
      }
    }
    const pieces = jsonChunks({ sheets: sheets(), none: (function* () {})() });
    const text: string[] = [];
    for (const piece of pieces) {
      text.push(piece);
      if (piece.includes('"n"')) expect(made.length).toBeLessThan(4);
    }
    expect(text.join("")).toBe(JSON.stringify({ sheets: [{ n: 1 }, { n: 2 }, { n: 3 }], none: [] }, null, 2));
    expect(text.length).toBeGreaterThan(3);
  });
});

describe("writeInChunks", () => {
  it("passes the pieces on in order, joined into strings of about the size asked", () => {
    const written: string[] = [];
    const pieces = Array.from({ length: 100 }, (_, i) => `${i};`);
    writeInChunks(pieces, (t) => written.push(t), 20);
    expect(written.join("")).toBe(pieces.join(""));
    expect(written.length).toBeGreaterThan(5);
    expect(written.slice(0, -1).every((t) => t.length >= 20 && t.length < 24)).toBe(true);
  });

  it("writes nothing for nothing", () => {
    const written: string[] = [];
    writeInChunks([], (t) => written.push(t));
    expect(written).toEqual([]);
  });
});
