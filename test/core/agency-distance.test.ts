/** Code points and edit distance for agency suggestions (agency-distance.ts). */
import fc from "fast-check";
import { codePoints, editDistance } from "../../src/core/agency-distance";

describe("codePoints", () => {
  it.each([
    ["", []],
    ["Sở", [0x53, 0x1edf]],
    ["Sơ\u0309", [0x53, 0x1a1, 0x309]],
    ["a😀b", [0x61, 0x1f600, 0x62]],
    ["\ud800x", [0xd800, 0x78]],
    ["x\udc00", [0x78, 0xdc00]],
  ])("%j → %j", (text, points) => {
    expect([...codePoints(text)]).toEqual(points);
  });

  it("gives what iterating the string gives, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), (binary, graphemes) => {
        for (const text of [binary, graphemes]) {
          expect([...codePoints(text)]).toEqual(Array.from(text, (c) => c.codePointAt(0) ?? 0));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("editDistance", () => {
  it.each([
    ["Sở Tài chính", "Sở Tài chính", 0],
    ["Sở Tài chính", "Sở Tài chinh", 1],
    ["Phòng VH", "Phòng HV", 1],
    ["😀a", "a😀", 1],
  ])("%s → %s: %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
