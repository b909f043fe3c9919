/**
 * The read phase shared by `read` and `update`: four syncs whatever the number of sheets or rows, up to
 * `readCells` cells in all — (1) sheet list, workbook names (the CLI's owner markers), active sheet,
 * settings; (2) owner markers, tables, probes of the wanted sheets; (3) their values; (4) their merged
 * areas. Beyond `readCells` the values take one more sync per `readCells` cells, since Excel on the web
 * caps each response at 5 MB; if Excel still finds a response too large, that request is retried in
 * halves.
 */
import type { SheetSnapshot } from "../core/snapshot";
import { toneKey } from "../core/text";
import type { ReadRequest, ReadResult, SheetInfo } from "./host";
import { loadNameMarkers, loadOwnerMarker, nameMarkerOf, nameMarkersOf, ownerOf } from "./markers";
import type { ExistingSheet } from "./plan-targets";
import {
  mergesOf,
  planContent,
  queueChunk,
  queueMerges,
  queueProbe,
  snapshotOf,
  splitChunk,
  type GridChunk,
  type SheetContent,
  type SheetProbe,
} from "./read-snapshot";
import { loadSettingsItem, settingsOf } from "./settings";
import { officeErrorCode } from "./errors";
import { DIRECTORY_SHEET_NAME } from "../core/directory-sheet";

export interface ReadLimits {
  /** Rows read at most per sheet. */
  readonly rowCap: number;
  /** Cells loaded per request. */
  readonly readCells: number;
}

const RESPONSE_TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "PayloadTooLarge"]);

/** Loads every chunk, packing chunks of all sheets into requests of at most `budget` cells. */
async function loadChunks(
  context: Excel.RequestContext,
  contents: readonly SheetContent[],
  budget: number,
): Promise<void> {
  type Item = { content: SheetContent; chunk: GridChunk };
  const loaded = new Set<GridChunk>();
  const unloaded = (): Item[] =>
    contents.flatMap((content) =>
      content.chunks.filter((chunk) => !loaded.has(chunk)).map((chunk) => ({ content, chunk })),
    );
  let pending = unloaded();
  let cellsPerRequest = budget;
  while (pending.length > 0) {
    const group: Item[] = [];
    let cells = 0;
    for (const item of pending) {
      const size = item.chunk.rows * item.content.columns;
      if (group.length > 0 && cells + size > cellsPerRequest) break;
      group.push(item);
      cells += size;
    }
    for (const { content, chunk } of group) queueChunk(content, chunk);
    try {
      await context.sync();
      for (const { chunk } of group) loaded.add(chunk);
    } catch (error) {
      const code = officeErrorCode(error);
      if (code === undefined || !RESPONSE_TOO_LARGE.has(code) || group.every((item) => item.chunk.rows < 2))
        throw error;
      // Denser text than estimated: the same rows again, in halves.
      for (const { content, chunk } of group)
        content.chunks.splice(content.chunks.indexOf(chunk), 1, ...splitChunk(chunk));
      cellsPerRequest = Math.max(1, Math.floor(cellsPerRequest / 2));
    }
    pending = unloaded();
  }
}

export interface WorkbookState {
  readonly result: ReadResult;
  /** Every sheet with what writing needs (id, position, owner, table names). */
  readonly existing: readonly ExistingSheet[];
  /** Every workbook-level name, hidden ones too (a new owner-marker name must not collide with them). */
  readonly names: readonly string[];
  /** The workbook's structure is protected: no sheet can be added or deleted (read for writing only). */
  readonly structureProtected: boolean;
}

function findSheet(items: readonly Excel.Worksheet[], name: string): Excel.Worksheet | undefined {
  return items.find((ws) => ws.name === name) ?? items.find((ws) => toneKey(ws.name) === toneKey(name));
}

/**
 * Reads what the request asks for in four syncs. `forWriting` also loads what writing needs: table
 * names and the workbook's structure protection.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  request: ReadRequest,
  limits: ReadLimits,
  forWriting: boolean,
): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/position,items/visibility");
  const names = loadNameMarkers(context.workbook);
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const settingsItem = loadSettingsItem(context);
  const structure = forWriting ? context.workbook.protection.load("protected") : undefined;
  await context.sync();

  const items = worksheets.items;
  const nameMarkers = nameMarkersOf(names);
  const markers = items.map((ws) => loadOwnerMarker(ws));
  const tables = forWriting ? items.map((ws) => ws.tables.load("items/name")) : [];
  const probes = new Map<string, SheetProbe>();
  const probe = (ws: Excel.Worksheet | undefined): string | undefined => {
    if (!ws) return undefined;
    if (!probes.has(ws.name)) probes.set(ws.name, queueProbe(ws.name, ws));
    return ws.name;
  };
  const activeName = request.active ? probe(findSheet(items, active.name)) : undefined;
  const missing: string[] = [];
  const requested: string[] = [];
  for (const name of request.sheets ?? []) {
    const found = probe(findSheet(items, name));
    if (found === undefined) missing.push(name);
    else requested.push(found);
  }
  const directoryName = request.directory ? probe(findSheet(items, DIRECTORY_SHEET_NAME)) : undefined;
  const extraNames = new Set(request.extra?.names?.map((name) => findSheet(items, name)?.name));
  const extra = items
    .filter(
      (ws) =>
        (request.extra?.hidden === true && ws.visibility !== "Visible") ||
        (request.extra?.visible === true && ws.visibility === "Visible") ||
        extraNames.has(ws.name),
    )
    .map((ws) => probe(ws))
    .filter((name): name is string => name !== undefined);
  await context.sync();

  const contents = new Map<string, SheetContent>();
  const rowCap = Math.min(limits.rowCap, request.rowCap ?? Infinity);
  for (const [name, p] of probes) contents.set(name, planContent(p, rowCap, limits.readCells));
  await loadChunks(context, [...contents.values()], limits.readCells);

  const merged = new Map([...contents].map(([name, content]) => [name, queueMerges(content)] as const));
  let mergesRead = true;
  try {
    if (contents.size > 0) await context.sync();
  } catch (error) {
    // Past 512 merged areas Excel refuses the whole merge query: the sheets are still read, unmerged.
    if (officeErrorCode(error) === "InvalidOperationInCellEditMode") throw error;
    mergesRead = false;
  }
  const snapshots = new Map<string, SheetSnapshot>();
  for (const [name, content] of contents) {
    snapshots.set(name, snapshotOf(content, mergesRead ? mergesOf(merged.get(name)) : []));
  }

  // The add-in's own marker first; a sheet the CLI wrote carries only the hidden-name marker.
  const ownerAt = (ws: Excel.Worksheet, i: number) =>
    ownerOf(markers[i]!) ?? nameMarkerOf(nameMarkers, ws.name)?.owner;
  const sheetList: SheetInfo[] = items.map((ws, i) => {
    const owner = ownerAt(ws, i);
    return { name: ws.name, visible: ws.visibility === "Visible", ...(owner ? { owner } : {}) };
  });
  const existing: ExistingSheet[] = items.map((ws, i) => {
    const owner = ownerAt(ws, i);
    const markerNames = nameMarkerOf(nameMarkers, ws.name)?.names;
    return {
      name: ws.name,
      id: ws.id,
      position: ws.position,
      tables: tables[i]?.items.map((t) => t.name) ?? [],
      ...(owner ? { owner } : {}),
      ...(markerNames ? { markerNames } : {}),
    };
  });
  const activeSnapshot = activeName === undefined ? undefined : snapshots.get(activeName);
  const directory = directoryName === undefined ? undefined : snapshots.get(directoryName);
  const result: ReadResult = {
    activeName: active.name,
    sheetList,
    sheets: requested.map((name) => snapshots.get(name)).filter((s): s is SheetSnapshot => s !== undefined),
    missing,
    settings: settingsOf(settingsItem),
    ...(activeSnapshot ? { active: activeSnapshot } : {}),
    ...(directory ? { directory } : {}),
    ...(request.extra
      ? { extra: extra.map((name) => snapshots.get(name)).filter((s): s is SheetSnapshot => s !== undefined) }
      : {}),
  };
  return {
    result,
    existing,
    names: names.items.map((item) => item.name),
    structureProtected: structure?.protected ?? false,
  };
}
