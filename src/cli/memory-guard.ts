/**
 * Stops a run from reading more workbooks before it exhausts the JavaScript heap: V8 would otherwise
 * abort the whole process ("heap out of memory") with nothing written and nothing said in our words. The
 * run then ends like any other, with the workbooks it read checked and consolidated and the rest named.
 *
 * The heap in use counts garbage too, so crossing the threshold alone says little: only then is a full
 * collection asked for, and what survives it decides. Once below again, the next collection is asked for
 * only after the heap has grown past the threshold anew.
 */
import v8 from "v8";
import vm from "vm";

/** Share of the heap limit that what the run holds may reach before it stops reading. */
export const HELD_SHARE = 0.5;

let collect: (() => void) | undefined;

/** A full garbage collection, asked of V8 (it is not exposed to scripts unless told). */
function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as () => void;
  }
  collect();
}

/**
 * A check to make between workbooks: the heap limit (bytes) when the run holds more than `share` of it,
 * else undefined. `limitBytes` defaults to this process's heap limit.
 */
export function createMemoryGuard(
  share: number = HELD_SHARE,
  limitBytes: number = v8.getHeapStatistics().heap_size_limit,
): () => { readonly limitBytes: number } | undefined {
  const threshold = share * limitBytes;
  return () => {
    if (v8.getHeapStatistics().used_heap_size < threshold) return undefined;
    collectGarbage();
    return v8.getHeapStatistics().used_heap_size < threshold ? undefined : { limitBytes };
  };
}
