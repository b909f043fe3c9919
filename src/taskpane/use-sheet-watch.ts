/**
 * Watches the checked sheet while its findings are shown: the edits Excel reports are gathered for
 * `delay` ms (a burst of typing is one re-check), then handed to `recheck`. Watching stops when another
 * sheet is checked, when there is no list to keep up to date, and when the pane closes.
 */
import { useEffect, useRef } from "react";
import type { SheetChange, SheetWatch, WorkbookHost } from "../office/host";

/** Milliseconds of quiet after an edit before the rows are re-checked. */
export const RECHECK_DELAY_MS = 600;

export interface SheetWatchOptions {
  readonly host: WorkbookHost;
  /** The sheet to watch; undefined watches nothing. */
  readonly sheet: string | undefined;
  readonly delay: number;
  /** Re-checks after these changes; resolves false when it could not run now (another action ran). */
  readonly recheck: (changes: readonly SheetChange[]) => Promise<boolean>;
  /** Cells the pane itself just wrote and re-checked: their events are not re-checked again. */
  readonly own: Set<string>;
  /** Watching could not start or stop: shown to the clerk, not swallowed. */
  readonly onError: (error: unknown) => void;
}

export function useSheetWatch({ host, sheet, delay, recheck, own, onError }: SheetWatchOptions): void {
  const latest = useRef({ recheck, onError });
  latest.current = { recheck, onError };
  useEffect(() => {
    if (sheet === undefined) return undefined;
    let closed = false;
    let watch: SheetWatch | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: SheetChange[] = [];
    const flush = async (): Promise<void> => {
      timer = undefined;
      const changes = pending.filter((c) => !own.delete(c.address));
      pending = [];
      if (changes.length === 0 || closed) return;
      const ran = await latest.current.recheck(changes);
      if (!ran && !closed) {
        // Another action was running: try again after it, with what came in meanwhile.
        pending = [...changes, ...pending];
        schedule();
      }
    };
    const schedule = (): void => {
      if (timer === undefined) timer = setTimeout(() => void flush(), delay);
    };
    host
      .watchSheet(sheet, (change) => {
        if (closed) return;
        pending.push(change);
        schedule();
      })
      .then(
        (started) => {
          if (!closed) watch = started;
          else void started.stop().catch(() => undefined);
        },
        (error: unknown) => {
          if (!closed) latest.current.onError(error);
        },
      );
    return () => {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      // Closing the pane: there is no one left to tell if removing the handler fails.
      void watch?.stop().catch(() => undefined);
    };
  }, [host, sheet, delay, own]);
}
