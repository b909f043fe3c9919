/** The task pane's webpack entry: waits for Office, then renders the pane over the Office.js host. */
import { createRoot } from "react-dom/client";
import { dayNumber } from "../core/day";
import { REQUIRED_EXCEL_API, createOfficeHost, supportsExcelApi } from "../office/office-host";
import { App } from "./App";
import { paneThemeOf } from "./theme";

/** Today in the user's own calendar (local date), as core's day number. */
function today(): number {
  const now = new Date();
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  // officeTheme is missing outside Office (a browser preview) and on older hosts.
  const theme = paneThemeOf(Office.context?.officeTheme);
  // Below the manifest's API set every action would fail: one sentence saying so, instead of each tab's error.
  const unsupported = supportsExcelApi(REQUIRED_EXCEL_API) ? {} : { unsupportedApi: REQUIRED_EXCEL_API };
  createRoot(container).render(
    <App host={createOfficeHost()} today={today} theme={theme} {...unsupported} />,
  );
}).catch((error: unknown) => {
  // Never a blank pane: say what happened in the pane itself, in both languages.
  console.error(error);
  const root = document.getElementById("root");
  if (root) {
    root.textContent = `Không khởi động được phần bổ trợ / The add-in could not start: ${String(error)}`;
  }
});
