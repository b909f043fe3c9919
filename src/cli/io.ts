/** What a command needs from the process, injected so that commands stay testable. */
import type { DayNumber } from "../core/day";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** "Today" for `--as-of`'s default (the CLI reads the clock once, in main.ts). */
  readonly today: DayNumber;
}

export type ExitCode = 0 | 1 | 2;
