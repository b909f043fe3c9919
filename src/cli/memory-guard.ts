/**
 * Memory of a long run, checked between workbooks.
 *
 * Reading stops before the JavaScript heap is exhausted: V8 would otherwise abort the whole process
 * ("heap out of memory") with nothing written and nothing said in our words. The run then ends like any
 * other, the workbooks it read checked and consolidated and the rest named. The heap in use counts garbage
 * too, so crossing the threshold alone says little: only then is a full collection asked for, and what
 * survives it decides; once below again, the next is asked for only when the heap passes the threshold anew.
 *
 * Once the heap has grown large (`largeHeapBytes`), V8 is asked to let it grow after each full collection
 * by half of what survived, not up to four times as much: a run reading hundreds of workbooks, each leaving
 * its cells behind as garbage, spent most of its peak memory on that headroom (100 000 tasks: a peak of
 * 290-360 MB instead of 400-490 MB, for 2-5 % more time). A smaller run never gets there and pays nothing.
 */
import v8 from "v8";
import vm from "vm";

/** Share of the heap limit that what the run holds may reach before it stops reading. */
export const HELD_SHARE = 0.5;

/** Heap size past which its growth is bounded. */
export const LARGE_HEAP_BYTES = 128 * 1024 * 1024;

/** Growth allowed after a full collection, as a percentage of what survived it. */
export const LARGE_HEAP_GROWTH_PERCENT = 50;

let collect: (() => void) | undefined;

/** A full garbage collection, asked of V8 (it is not exposed to scripts unless told). */
function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as () => void;
  }
  collect();
}

export interface MemoryGuardOptions {
  readonly share?: number;
  /** The heap limit; this process's by default. */
  readonly limitBytes?: number;
  readonly largeHeapBytes?: number;
  /** The heap's size and use now (V8's by default). */
  readonly heap?: () => { readonly total: number; readonly used: number };
  /** Sets a V8 flag (v8.setFlagsFromString by default). */
  readonly setFlags?: (flags: string) => void;
  /** A full collection (V8's by default). */
  readonly collect?: () => void;
}

function v8Heap(): { total: number; used: number } {
  const stats = v8.getHeapStatistics();
  return { total: stats.total_heap_size, used: stats.used_heap_size };
}

/**
 * A check to make between workbooks: the heap limit (bytes) when the run holds more than `share` of it
 * and must stop reading, else undefined. Bounds the heap's growth the first time it is large.
 */
export function createMemoryGuard(
  options: MemoryGuardOptions = {},
): () => { readonly limitBytes: number } | undefined {
  const limitBytes = options.limitBytes ?? v8.getHeapStatistics().heap_size_limit;
  const threshold = (options.share ?? HELD_SHARE) * limitBytes;
  const large = options.largeHeapBytes ?? LARGE_HEAP_BYTES;
  const heap = options.heap ?? v8Heap;
  const setFlags = options.setFlags ?? ((flags: string) => v8.setFlagsFromString(flags));
  const fullCollection = options.collect ?? collectGarbage;
  let bounded = false;
  return () => {
    const now = heap();
    if (!bounded && now.total > large) {
      setFlags(`--heap-growing-percent=${LARGE_HEAP_GROWTH_PERCENT}`);
      bounded = true;
    }
    if (now.used < threshold) return undefined;
    fullCollection();
    return heap().used < threshold ? undefined : { limitBytes };
  };
}
