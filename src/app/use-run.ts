/** One page action at a time, with a busy state, a status line and any error shown — never swallowed. */
import { useCallback, useRef, useState } from "react";

/** A failure whose message is already a sentence for the user (not an unexpected error). */
export class PageError extends Error {
  override readonly name = "PageError";
}

export interface RunState {
  readonly busy: boolean;
  readonly status?: string;
  readonly error?: string;
}

export interface Runner extends RunState {
  run<T>(action: () => Promise<T>, done: (result: T) => string | undefined): Promise<void>;
}

/**
 * `describe` words an unexpected failure for the user (the detail is also logged for support); a
 * PageError is shown as it is.
 */
export function useRun(describe: (error: unknown) => string): Runner {
  const [state, setState] = useState<RunState>({ busy: false });
  const running = useRef(false);
  const run = useCallback(
    async <T>(action: () => Promise<T>, done: (result: T) => string | undefined) => {
      if (running.current) return;
      running.current = true;
      setState({ busy: true });
      try {
        const status = done(await action());
        setState(status === undefined ? { busy: false } : { busy: false, status });
      } catch (error) {
        if (error instanceof PageError) {
          setState({ busy: false, error: error.message });
        } else {
          console.error(error);
          setState({ busy: false, error: describe(error) });
        }
      } finally {
        running.current = false;
      }
    },
    [describe],
  );
  return { ...state, run };
}
