/** Renders the whole pane over a MemoryHost on a fixed day, on a given tab. */
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { TabId } from "../../src/taskpane/App";
import type { MemoryHost } from "../helpers/memory-host";
import { TODAY } from "./fixtures";

export function renderPane(host: MemoryHost, tab: TabId) {
  // Edits are re-checked as soon as they are reported (the pane waits for a pause in typing).
  return render(<App host={host} today={() => TODAY} initialTab={tab} recheckDelay={0} />);
}
