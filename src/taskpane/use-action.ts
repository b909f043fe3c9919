/**
 * Runs one user action at a time with a visible busy state, a status line for screen readers and the
 * error message shown to the user (never swallowed).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "./actions";
import { usePane } from "./pane-context";

export interface ActionState {
  readonly busy: boolean;
  /** What is happening now (while busy) or what just happened. */
  readonly status?: string;
  readonly error?: string;
}

export interface ActionRunner extends ActionState {
  /** Runs `action`; its result goes to `done`, which returns the status line to announce. */
  run<T>(working: string, action: () => Promise<T>, done: (result: T) => string | undefined): Promise<void>;
  dismissError(): void;
}

export function useAction(): ActionRunner {
  const { strings } = usePane();
  const [state, setState] = useState<ActionState>({ busy: false });
  // A ref, not state: a double click must not start the action twice before React re-renders.
  const running = useRef(false);
  // Read at failure time, so `run` stays the same function when the language changes.
  const stringsRef = useRef(strings);
  stringsRef.current = strings;

  const run = useCallback(
    async <T>(working: string, action: () => Promise<T>, done: (result: T) => string | undefined) => {
      if (running.current) return;
      running.current = true;
      setState({ busy: true, status: working });
      try {
        const result = await action();
        const status = done(result);
        setState(status === undefined ? { busy: false } : { busy: false, status });
      } catch (error) {
        setState({ busy: false, error: errorMessage(error, stringsRef.current) });
      } finally {
        running.current = false;
      }
    },
    [],
  );

  const dismissError = useCallback(
    () => setState((s) => ({ busy: s.busy, ...(s.status ? { status: s.status } : {}) })),
    [],
  );

  return { ...state, run, dismissError };
}

/**
 * Runs `load` once when the tab first opens. Not on later renders: a language switch must not re-read
 * the workbook nor reset what the user has typed.
 */
export function useOnOpen(load: () => unknown): void {
  const opened = useRef(false);
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    latest.current();
  }, []);
}
