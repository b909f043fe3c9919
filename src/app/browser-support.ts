/**
 * What the page needs of the browser beyond what any browser of the last years has: raw deflate in
 * CompressionStream (Chrome and Edge 103, Firefox 113, Safari 16.4) to write the .xlsx files. An older
 * browser gets a sentence saying so when the page opens, not an error at the first download.
 */

/** The missing features, by name; empty when the page can run. */
export function missingFeatures(scope: typeof globalThis = globalThis): string[] {
  const missing: string[] = [];
  try {
    new scope.CompressionStream("deflate-raw");
  } catch {
    missing.push("CompressionStream deflate-raw");
  }
  if (typeof scope.TextDecoder !== "function") missing.push("TextDecoder");
  return missing;
}

/** The sentence shown instead of the page, in both languages (the page's language is not chosen yet). */
export function tooOldMessage(missing: readonly string[]): string {
  return (
    `Trình duyệt này quá cũ để chạy trang (thiếu ${missing.join(", ")}). Hãy mở bằng Chrome hoặc Edge 103 trở lên, Firefox 113 trở lên. / ` +
    `This browser is too old for this page (missing ${missing.join(", ")}). Open it in Chrome or Edge 103+, Firefox 113+ or Safari 16.4+.`
  );
}
