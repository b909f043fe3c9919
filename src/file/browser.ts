/**
 * The file adapter's entry for a browser (the web page, src/app/): the same read-package.ts and
 * write-workbook.ts the CLI uses, after giving exceljs the Node globals its browser path still
 * touches. webpack.config.js maps exceljs to its unbundled sources, Node's `stream`/`events`/`buffer` to
 * their npm ports, and platform.ts to platform-browser.ts.
 */
import "./browser-globals";

export { readWorkbookBytes, type ReadWorkbookResult } from "./read-package";
export { workbookBuffer } from "./write-workbook";
