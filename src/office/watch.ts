/**
 * Re-check on edit: the checked sheet's `onChanged` event (ExcelApi 1.7) and reading only the rows an
 * edit changed. Registering and removing the handler are one Excel.run each; the removal runs in the
 * context the handler was added in, as Office.js requires.
 */
import type { Cell } from "../core/snapshot";
import type { RowSpan, SheetChange, SheetWatch } from "./host";
import { toCell } from "./read-snapshot";

type Run = <T>(body: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
type RunIn = <T>(
  context: OfficeExtension.ClientRequestContext,
  body: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Adds the handler to the sheet (one sync); `stop` removes it in its own context (one sync). */
export async function watchWorksheet(
  run: Run,
  runIn: RunIn,
  sheet: string,
  onChange: (change: SheetChange) => void,
): Promise<SheetWatch> {
  const registered = await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const handler = worksheet.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
      onChange({ address: event.address, changeType: event.changeType });
    });
    await context.sync();
    return handler;
  });
  let stopped = false;
  return {
    sheet,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await runIn(registered.context, async (context) => {
        registered.remove();
        await context.sync();
      });
    },
  };
}

/** Reads the rows of each span, columns 1..`columns` (one sync for all spans). */
export async function readSheetRows(
  context: Excel.RequestContext,
  sheet: string,
  spans: readonly RowSpan[],
  columns: number,
): Promise<Cell[][][]> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const ranges = spans.map((span) =>
    worksheet
      .getRangeByIndexes(span.first - 1, 0, span.last - span.first + 1, Math.max(1, columns))
      .load("values,numberFormat,valueTypes"),
  );
  await context.sync();
  return ranges.map((range) =>
    range.values.map((row, r) =>
      row.map((value, c) => toCell(value, range.numberFormat[r]?.[c], range.valueTypes[r]?.[c])),
    ),
  );
}
