/**
 * Runs one user action at a time with a visible busy state, a status line for screen readers and the
 * error message shown to the user (never swallowed).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage } from "./actions";
import type { Strings } from "./i18n";
import { usePane } from "./pane-context";

export interface ActionState {
  readonly busy: boolean;
  /** What is happening now (while busy) or what just happened. */
  readonly status?: string;
  readonly error?: string;
}

/**
 * A status line in whatever language the pane is in when it is shown: a language switch re-words the
 * last outcome instead of leaving it in the previous language.
 */
export type Say = (strings: Strings) => string;

export interface ActionRunner extends ActionState {
  /**
   * Runs `action`; its result goes to `done`, which returns the status line to announce. Resolves false,
   * without running it, while another action runs.
   */
  run<T>(working: string, action: () => Promise<T>, done: (result: T) => Say | undefined): Promise<boolean>;
  dismissError(): void;
}

interface Outcome {
  readonly busy: boolean;
  readonly working?: string;
  readonly say?: Say;
  /** What was thrown (worded when shown, in the pane's language then). */
  readonly failure?: { readonly error: unknown };
}

export function useAction(): ActionRunner {
  const { strings } = usePane();
  const [outcome, setOutcome] = useState<Outcome>({ busy: false });
  // A ref, not state: a double click must not start the action twice before React re-renders.
  const running = useRef(false);

  const run = useCallback(
    async <T>(working: string, action: () => Promise<T>, done: (result: T) => Say | undefined) => {
      if (running.current) return false;
      running.current = true;
      setOutcome({ busy: true, working });
      try {
        const result = await action();
        const say = done(result);
        setOutcome(say === undefined ? { busy: false } : { busy: false, say });
      } catch (error) {
        setOutcome({ busy: false, failure: { error } });
      } finally {
        running.current = false;
      }
      return true;
    },
    [],
  );

  const dismissError = useCallback(
    () =>
      setOutcome((o) => ({
        busy: o.busy,
        ...(o.working !== undefined ? { working: o.working } : {}),
        ...(o.say ? { say: o.say } : {}),
      })),
    [],
  );

  const status = outcome.busy ? outcome.working : outcome.say?.(strings);
  return {
    busy: outcome.busy,
    ...(status !== undefined ? { status } : {}),
    ...(outcome.failure ? { error: errorMessage(outcome.failure.error, strings) } : {}),
    run,
    dismissError,
  };
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
