/** String distance for agency suggestions: optimal-string-alignment (Damerau–Levenshtein) on code points. */

/** The text's code points (a lone surrogate as itself), as iterating the string gives them. */
export function codePoints(text: string): Int32Array {
  // One pass into a typed array: splitting into one-character strings first cost most of building the
  // directory's suggestion forms.
  const out = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) ?? 0;
    out[n++] = c;
    if (c > 0xffff) i++;
  }
  return n === out.length ? out : out.slice(0, n);
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`, or `limit + 1` as soon as it
 * is certain to exceed `limit` (suggestions only care about close names, so most comparisons stop early).
 */
export function editDistance(
  a: string | Int32Array,
  b: string | Int32Array,
  limit: number = Number.MAX_SAFE_INTEGER,
): number {
  const s = typeof a === "string" ? codePoints(a) : a;
  const t = typeof b === "string" ? codePoints(b) : b;
  const n = t.length;
  if (Math.abs(s.length - n) > limit) return limit + 1;
  // Only cells within `limit` of the diagonal can stay under the limit; the rest count as "too far".
  const far = Math.min(limit + 1, s.length + n + 1);
  let before = new Int32Array(n + 1).fill(far);
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j <= limit ? j : far;
  for (let i = 1; i <= s.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(n, i + limit);
    current.fill(far);
    current[0] = i <= limit ? i : far;
    let rowMin = current[0]!;
    const si = s[i - 1];
    for (let j = from; j <= to; j++) {
      let d = previous[j - 1]! + (si === t[j - 1] ? 0 : 1);
      const del = previous[j]! + 1;
      if (del < d) d = del;
      const ins = current[j - 1]! + 1;
      if (ins < d) d = ins;
      if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === t[j - 1]) {
        const swap = before[j - 2]! + 1;
        if (swap < d) d = swap;
      }
      if (d > far) d = far;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[n]!, limit + 1);
}

// Character counts are kept per bucket (code point modulo a prime): buckets can only overstate what two texts
// have in common, so the bound stays a true lower bound while costing a fixed, small loop.
const BUCKETS = 61;

/** A string split into code points once, with a histogram of its characters (for a cheap lower bound). */
export interface PreparedText {
  readonly chars: Int32Array;
  readonly histogram: Uint16Array;
}

/** Splits a text once for repeated comparisons. */
export function prepareText(text: string): PreparedText {
  const chars = codePoints(text);
  const histogram = new Uint16Array(BUCKETS);
  for (const c of chars) histogram[c % BUCKETS]! += 1;
  return { chars, histogram };
}

/**
 * The edit distance divided by the longer length, or Infinity when it exceeds `maxRatio`. Every edit fixes
 * at most one character that the other text lacks, so the characters not in common bound the distance
 * from below; most far-away names are dismissed by that count alone.
 */
export function distanceRatio(a: PreparedText, b: PreparedText, maxRatio: number): number {
  const longest = Math.max(a.chars.length, b.chars.length, 1);
  const limit = Math.floor(longest * maxRatio);
  if (Math.abs(a.chars.length - b.chars.length) > limit) return Infinity;
  let common = 0;
  for (let i = 0; i < BUCKETS; i++) common += Math.min(a.histogram[i]!, b.histogram[i]!);
  if (longest - common > limit) return Infinity;
  const distance = editDistance(a.chars, b.chars, limit);
  return distance > limit ? Infinity : distance / longest;
}
