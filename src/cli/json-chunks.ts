/**
 * `JSON.stringify(value, null, 2)` in pieces, for a report too large to hold as one string: the outer
 * `levels` of arrays and objects are written member by member, deeper values whole. Where the text has
 * an array at those levels, any iterable may stand for it; it is consumed once, as it is written, so its
 * members can be made on demand and let go once written.
 */

const STEP = "  ";

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
  );
}

/** What JSON.stringify leaves out of an object (and writes as `null` in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

export function* jsonChunks(value: unknown, levels = 2, indent = ""): Generator<string> {
  const inner = indent + STEP;
  const custom = typeof value === "object" && value !== null && "toJSON" in value;
  if (levels > 0 && !custom && isIterable(value)) {
    let first = true;
    for (const item of value) {
      yield `${first ? "[" : ","}\n${inner}`;
      first = false;
      yield* jsonChunks(omitted(item) ? null : item, levels - 1, inner);
    }
    yield first ? "[]" : `\n${indent}]`;
    return;
  }
  if (levels > 0 && !custom && typeof value === "object" && value !== null) {
    let first = true;
    for (const [key, member] of Object.entries(value)) {
      if (omitted(member)) continue;
      yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* jsonChunks(member, levels - 1, inner);
    }
    yield first ? "{}" : `\n${indent}}`;
    return;
  }
  // A string's line breaks are escaped in JSON: every "\n" here is the layout's, indented one level more.
  const text = JSON.stringify(value, null, STEP) ?? "null";
  yield indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
}

/**
 * Writes `pieces` through `write` in strings of about `size` characters: few calls, and never the whole
 * text at once.
 */
export function writeInChunks(pieces: Iterable<string>, write: (text: string) => void, size = 1 << 16): void {
  let buffered: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    buffered.push(piece);
    length += piece.length;
    if (length >= size) {
      write(buffered.join(""));
      buffered = [];
      length = 0;
    }
  }
  if (length > 0) write(buffered.join(""));
}
