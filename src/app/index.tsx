/** The web page's entry (app.html, app-offline.html): the file adapter's browser globals first, then the page. */
import "../file/browser-globals";
import { createRoot } from "react-dom/client";
import { dayNumber } from "../core/day";
import { missingFeatures, tooOldMessage } from "./browser-support";
import { WebApp } from "./WebApp";

/** Today in the user's own calendar (local date), as core's day number. */
function today(): number {
  const now = new Date();
  return dayNumber(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const container = document.getElementById("root");
if (!container) throw new Error("app.html has no #root element");
const missing = missingFeatures();
// Never a blank page: a browser that could not write the results says so at once.
if (missing.length > 0) container.textContent = tooOldMessage(missing);
else createRoot(container).render(<WebApp today={today} />);
