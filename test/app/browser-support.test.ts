/** The page's check of the browser (src/app/browser-support.ts). */
import { missingFeatures, tooOldMessage } from "../../src/app/browser-support";

describe("missingFeatures", () => {
  it("finds nothing missing where deflate-raw and TextDecoder exist (Node has both, as current browsers do)", () => {
    expect(missingFeatures()).toEqual([]);
  });

  it("names raw deflate when CompressionStream lacks it or is absent", () => {
    class GzipOnly {
      constructor(format: string) {
        if (format !== "gzip") throw new TypeError(`unsupported ${format}`);
      }
    }
    const old = { CompressionStream: GzipOnly, TextDecoder } as unknown as typeof globalThis;
    expect(missingFeatures(old)).toEqual(["CompressionStream deflate-raw"]);
    const older = { TextDecoder } as unknown as typeof globalThis;
    expect(missingFeatures(older)).toEqual(["CompressionStream deflate-raw"]);
    expect(tooOldMessage(["CompressionStream deflate-raw"])).toContain("Chrome hoặc Edge 103");
  });
});
