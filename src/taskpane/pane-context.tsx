/** What every tab needs: the workbook host, the language, the clock and the workbook's settings. */
import { createContext, useContext } from "react";
import type { DayNumber } from "../core/day";
import type { Lang } from "../core/report-types";
import type { WorkbookHost, WorkbookSettings } from "../office/host";
import type { Strings } from "./i18n";

export interface PaneContextValue {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  readonly strings: Strings;
  /** Today as a day number; a parameter so tests and screenshots are reproducible. */
  readonly today: () => DayNumber;
  /** The settings as last read from or saved to the workbook. */
  readonly settings: WorkbookSettings;
  readonly onSettingsSaved: (settings: WorkbookSettings) => void;
  /** Milliseconds of quiet after an edit before its rows are re-checked (tests pass 0). */
  readonly recheckDelay: number;
}

export const PaneContext = createContext<PaneContextValue | undefined>(undefined);

export function usePane(): PaneContextValue {
  const pane = useContext(PaneContext);
  // A programming error (a tab rendered outside App), not something a user can cause.
  if (!pane) throw new Error("usePane must be used inside <App>");
  return pane;
}
