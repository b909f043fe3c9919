/**
 * The ribbon's function file (manifest `FunctionFile`). The add-in's only ribbon button opens the task
 * pane (`ShowTaskpane`), which Office handles itself; Office still loads this page and waits for
 * `Office.onReady` before it considers the add-in's commands ready.
 */
Office.onReady(() => undefined).catch((error: unknown) => {
  // Nothing is shown from a function file; the console is where Office's diagnostics look.
  console.error("Task Annex: the command surface could not start", error);
});
