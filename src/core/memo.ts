/**
 * Pure functions of one key, remembered. A run asks for the same few texts over and over — header labels,
 * STT numbers, times, statuses, agency names, the days findings name — in every row of every submission.
 */

/**
 * `compute`, remembering its value for each key. Bounded: once `limit` keys are kept the memory is
 * emptied, so a run of many distinct keys keeps only the recent ones; a string key longer than
 * `maxLength` (a sentence typed in a cell) is computed each time, not kept.
 */
export function keptMemo<K extends string | number, V>(
  compute: (key: K) => V,
  limit: number,
  maxLength: number = Number.POSITIVE_INFINITY,
): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as V;
    const value = compute(key);
    if (typeof key === "string" && key.length > maxLength) return value;
    if (kept.size >= limit) kept.clear();
    kept.set(key, value);
    return value;
  };
}

/** `compute`, remembering every value it gave (for one consolidation: a few hundred days and sections). */
export function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key) as V;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}
