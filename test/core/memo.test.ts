import { keptMemo, memo } from "../../src/core/memo";

describe("keptMemo", () => {
  it("computes each key once while it is kept, undefined values too", () => {
    const asked: string[] = [];
    const role = keptMemo((text: string) => {
      asked.push(text);
      return text === "STT" ? "stt" : undefined;
    }, 10);
    expect([role("STT"), role("Ghi chú"), role("STT"), role("Ghi chú")]).toEqual([
      "stt",
      undefined,
      "stt",
      undefined,
    ]);
    expect(asked).toEqual(["STT", "Ghi chú"]);
  });

  it("forgets everything once `limit` keys are kept, then keeps the new ones", () => {
    const asked: number[] = [];
    const double = keptMemo((n: number) => {
      asked.push(n);
      return n * 2;
    }, 3);
    for (const n of [1, 2, 3, 4, 1, 4]) double(n);
    // 1, 2, 3 kept; 4 empties the memory and is kept; 1 asked again; 4 still kept.
    expect(asked).toEqual([1, 2, 3, 4, 1]);
  });

  it("computes a text longer than `maxLength` every time", () => {
    let calls = 0;
    const length = keptMemo(
      (text: string) => {
        calls += 1;
        return text.length;
      },
      100,
      5,
    );
    length("ngắn");
    length("ngắn");
    length("một câu dài");
    length("một câu dài");
    expect(calls).toBe(3);
  });
});

describe("memo", () => {
  it("computes each key once", () => {
    let calls = 0;
    const f = memo((n: number) => (calls += 1) && n + 1);
    expect([f(1), f(1), f(2)]).toEqual([2, 2, 3]);
    expect(calls).toBe(2);
  });
});
