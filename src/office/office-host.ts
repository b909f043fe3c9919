/**
 * The WorkbookHost on Office.js. Each method is one user action: one `Excel.run` (repeated only while
 * Excel is in cell-edit mode, when nothing was applied) and a constant number of syncs for reading;
 * writing adds one sync per ~1 MB of data (see write-batch.ts).
 */
import type { Finding } from "../core/findings";
import { safeSheetName } from "../core/sheet-plan";
import {
  HostError,
  type DropdownRequest,
  type ReadRequest,
  type WorkbookHost,
  type WorkbookSettings,
} from "./host";
import { hostError, officeErrorCode, realSleep, runAction, type Sleep } from "./errors";
import { clearCells, highlightCells } from "./highlight";
import { repairLegacyCells } from "./legacy-repair";
import { DEFAULT_READ_CELLS, DEFAULT_ROW_CAP } from "./read-snapshot";
import { readWorkbook } from "./read-workbook";
import { applyListValidation, listSource, MAX_LIST_SOURCE } from "./render-plan";
import { SETTINGS_KEY, serializeSettings } from "./settings";
import { readSheetRows, watchWorksheet } from "./watch";
import { COMMAND_BYTES, DEFAULT_CHUNK_BYTES, WriteBatch } from "./write-batch";
import { writePlans } from "./write-plans";

export interface OfficeHostOptions {
  /** Rows read at most per sheet. */
  readonly rowCap?: number;
  /** Cells loaded per read request. */
  readonly readCells?: number;
  /** Bytes of queued writes per request. */
  readonly chunkBytes?: number;
  /** Waits between cell-edit-mode retries (tests pass an instant one). */
  readonly sleep?: Sleep;
}

/** The manifest's requirement set (manifest.xml `<Set Name="ExcelApi" MinVersion>`; a test keeps them equal). */
export const REQUIRED_EXCEL_API = "1.13";

/** True when the running Excel supports ExcelApi `version` (false outside Office). */
export function supportsExcelApi(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

/**
 * Text as Excel must be given it to keep it text: a leading `'` (Excel's quote prefix, not stored in the
 * value) before anything Excel would parse as a formula, number, date or boolean.
 */
export function textValue(text: string): string {
  return /^[=+\-@']/.test(text) || /^\s*[\d.,%/:-]+\s*$/.test(text) || /^(true|false)$/i.test(text)
    ? `'${text}`
    : text;
}

function refuseProtected(protection: Excel.WorksheetProtection): void {
  if (protection.protected) throw hostError("protected", "AccessDenied");
}

/** `<file stem> - <sheet>` within Excel's 31 characters, shortening the file part first. */
export function insertedSheetName(fileName: string, sheet: string, existing: readonly string[]): string {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const room = Math.max(31 - sheet.length - 3, 8);
  return safeSheetName(`${stem.slice(0, room).trim()} - ${sheet}`, existing);
}

/** Creates the Office.js WorkbookHost (call after `Office.onReady`). */
export function createOfficeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const limits = {
    rowCap: options.rowCap ?? DEFAULT_ROW_CAP,
    readCells: options.readCells ?? DEFAULT_READ_CELLS,
  };
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const sleep = options.sleep ?? realSleep;
  const run = <T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    runAction(() => Excel.run(body), sleep);
  const runIn = <T>(
    context: OfficeExtension.ClientRequestContext,
    body: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => runAction(() => Excel.run(context, body), sleep);

  return {
    read: (request: ReadRequest) =>
      run(async (context) => (await readWorkbook(context, request, limits, false)).result),

    update: (request, build) =>
      run(async (context) => {
        const state = await readWorkbook(context, request, limits, true);
        const written = await writePlans(context, build(state.result), state, chunkBytes);
        return { read: state.result, written };
      }),

    selectCell: (sheet: string, address: string) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      }),

    highlightFindings: (sheet: string, findings: readonly Finding[]) =>
      run((context) => highlightCells(context, sheet, findings, refuseProtected, chunkBytes)),

    clearHighlights: (sheet: string) =>
      run((context) => clearCells(context, sheet, refuseProtected, chunkBytes)),

    editCells: (sheet, addresses, edit) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        const protection = worksheet.protection.load("protected");
        const ranges = addresses.map((address) => ({
          address,
          range: worksheet.getRange(address).load("values"),
        }));
        await context.sync();
        refuseProtected(protection);
        const batch = new WriteBatch(context, chunkBytes);
        let changed = 0;
        for (const { address, range } of ranges) {
          const current = range.values[0]?.[0];
          const text = current === undefined || current === null ? "" : String(current);
          const next = edit(address, text);
          if (next === undefined || next === text) continue;
          await batch.reserve(COMMAND_BYTES + next.length * 3);
          range.values = [[textValue(next)]];
          changed += 1;
        }
        if (changed > 0) await batch.flush();
        return changed;
      }),

    appendRow: (sheet, cells) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        const protection = worksheet.protection.load("protected");
        const used = worksheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount");
        await context.sync();
        refuseProtected(protection);
        const row = used.isNullObject ? 1 : used.rowIndex + used.rowCount + 1;
        for (const { column, text } of cells) {
          worksheet.getRangeByIndexes(row - 1, column - 1, 1, 1).values = [[textValue(text)]];
        }
        await context.sync();
        return row;
      }),

    addDropdowns: (request: DropdownRequest) =>
      run(async (context) => {
        const tooLong = request.columns.find(
          (c) => !("reference" in c.list) && listSource(c.list).length > MAX_LIST_SOURCE,
        );
        if (tooLong) {
          throw new HostError(
            "notSupported",
            `Danh sách của cột ${tooLong.column} dài quá ${MAX_LIST_SOURCE} ký tự, Excel không nhận. Hãy đưa danh sách vào một trang (như Danh mục cơ quan) rồi chọn theo vùng đó.`,
          );
        }
        const worksheet = context.workbook.worksheets.getItem(request.sheet);
        const protection = worksheet.protection.load("protected");
        await context.sync();
        refuseProtected(protection);
        const rows = request.lastRow - request.firstRow + 1;
        if (rows <= 0) return;
        for (const column of request.columns) {
          const range = worksheet.getRangeByIndexes(request.firstRow - 1, column.column - 1, rows, 1);
          applyListValidation(range, column.list, column.allowOther);
        }
        await context.sync();
      }),

    watchSheet: (sheet, onChange) => watchWorksheet(run, runIn, sheet, onChange),

    readRows: (sheet, spans, columns) => run((context) => readSheetRows(context, sheet, spans, columns)),

    convertLegacyText: (sheet: string, request: ReadRequest = {}) =>
      run((context) => repairLegacyCells(context, sheet, request, limits, chunkBytes)),

    writeSettings: (settings: WorkbookSettings) =>
      run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, serializeSettings(settings));
        await context.sync();
      }),

    insertWorkbook: (fileName: string, base64: string) =>
      run(async (context) => {
        if (!supportsExcelApi(REQUIRED_EXCEL_API)) {
          throw new HostError(
            "notSupported",
            "Phiên bản Excel này không chèn được trang tính từ tệp. Hãy cập nhật Excel.",
          );
        }
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        const ids = context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
        try {
          await context.sync();
        } catch (error) {
          const code = officeErrorCode(error);
          if (code === "InvalidOperationInCellEditMode") throw error;
          throw new HostError(
            "unknown",
            `Không đọc được tệp "${fileName}" như một sổ làm việc Excel (.xlsx). Mã lỗi: ${code ?? "không rõ"}.`,
            code,
          );
        }
        const inserted = ids.value.map((id) => worksheets.getItem(id).load("name"));
        await context.sync();
        // Names in use: the sheets before the insert, the inserted ones not yet renamed, and new names.
        const taken = [...worksheets.items.map((ws) => ws.name), ...inserted.map((ws) => ws.name)];
        const before = new Set(worksheets.items.map((ws) => ws.name.toLowerCase()));
        const names = inserted.map((ws) => {
          // Excel suffixes " (2)" to a name the workbook already had; the file's own name reads better.
          const suffixed = /^(.*) \(\d+\)$/.exec(ws.name)?.[1];
          const original = suffixed !== undefined && before.has(suffixed.toLowerCase()) ? suffixed : ws.name;
          const name = insertedSheetName(
            fileName,
            original,
            taken.filter((n) => n !== ws.name),
          );
          taken.push(name);
          ws.name = name;
          return name;
        });
        await context.sync();
        return names;
      }),
  };
}
