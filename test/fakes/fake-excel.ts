/**
 * An in-memory Excel for testing the Office.js adapter, with the real batching model: proxies whose
 * properties throw `PropertyNotLoaded` until `load()` + `context.sync()`, writes queued and applied at
 * sync (in order; a failing command drops the rest of the request), `context.sync()` counted, request
 * payloads measured against Excel on the web's 5 MB limit, injectable failures (cell-edit mode,
 * protected sheets, refused charts). Every write is recorded per sheet.
 *
 * Browser-compatible (no Node imports): the task pane's browser test uses it through office-stub-entry.
 * It models only the subset of the API the adapter uses; anything else is a TypeError, on purpose.
 */
import type { Cell, MergeArea } from "../../src/core/snapshot";
import { columnLetter } from "../../src/core/snapshot";

export type Area = MergeArea;

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

type Scalar = string | number | boolean;

interface FakeCell {
  value: Scalar | "";
  format?: string;
  formula?: string;
  error?: string;
}

interface FormatRecord {
  readonly area: Area;
  readonly path: string;
  readonly value: unknown;
}

export interface WriteRecord {
  readonly sheet: string;
  readonly sheetId: string;
  readonly kind: string;
  readonly address: string;
}

/** What `onChanged` hands its handlers (the members of WorksheetChangedEventArgs the adapter reads). */
export interface FakeChangedEvent {
  readonly type: "WorksheetChanged";
  readonly source: "Local";
  readonly changeType: string;
  readonly worksheetId: string;
  readonly address: string;
}

export interface FakeTableData {
  name: string;
  area: Area;
  style?: string;
}

export interface FakeSeriesData {
  name?: string;
  values: string;
  xValues?: string;
  color?: string;
}

export interface FakeChartData {
  type: string;
  source: string;
  title?: string;
  from?: string;
  to?: string;
  series: FakeSeriesData[];
  legend?: string;
  reversePlotOrder?: boolean;
}

/** A conditional format as Excel holds it: its type, range and the properties set on it by path. */
export interface FakeConditionalFormatData {
  readonly type: string;
  readonly area: Area;
  readonly props: Record<string, unknown>;
}

export interface FakeSheetData {
  readonly id: string;
  name: string;
  visibility: string;
  protected: boolean;
  readonly cells: Map<number, FakeCell>;
  readonly merges: Area[];
  readonly formats: FormatRecord[];
  readonly customProperties: Map<string, { key: string; value: string }>;
  readonly tables: FakeTableData[];
  readonly validations: { area: Area; props: Record<string, unknown> }[];
  readonly charts: FakeChartData[];
  readonly conditionalFormats: FakeConditionalFormatData[];
  readonly hyperlinks: Map<number, Record<string, unknown>>;
  readonly pageLayout: Record<string, unknown>;
  freeze?: { rows: number; columns: number };
  /** The options the sheet was protected with (`protection.protect`). */
  protectionOptions?: Record<string, unknown>;
}

/**
 * A workbook-level defined name. A reference to a sheet is kept by sheet id, as Excel keeps it: renaming
 * the sheet rewrites the formula, deleting it leaves `=#REF!$A$1` (type Error).
 */
export interface FakeNameData {
  name: string;
  visible: boolean;
  readonly target?: { readonly sheetId: string; readonly address: string };
  /** Formula without `=` of a name that is not a reference (`1`, `"text"`). */
  readonly constant?: string;
}

/** What a test sheet is made of: snapshot cells (dates and errors included), merges, fills. */
export interface SheetSeed {
  readonly rows?: readonly (readonly Cell[])[];
  readonly merges?: readonly Area[];
  readonly protected?: boolean;
  readonly visible?: boolean;
  /** Address → fill colour. */
  readonly fills?: Readonly<Record<string, string>>;
  readonly customProperties?: Readonly<Record<string, string>>;
  /** Address → number format. */
  readonly formats?: Readonly<Record<string, string>>;
}

const key = (row: number, column: number): number => row * 20_000 + column;

/** 0-based coordinates of a 1-based area's cells. */
function* cellsOf(area: Area): Generator<[number, number]> {
  for (let r = area.top - 1; r < area.bottom; r++)
    for (let c = area.left - 1; c < area.right; c++) yield [r, c];
}

function covers(area: Area, row: number, column: number): boolean {
  return row + 1 >= area.top && row + 1 <= area.bottom && column + 1 >= area.left && column + 1 <= area.right;
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** `B3` / `$B$3` / `A1:C4` / `A:A` / `2:2` → area (1-based). */
export function parseAddress(address: string): Area {
  const local = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  const [a, b = a] = local.split(":") as [string, string?];
  const part = (text: string, end: boolean): { row: number; column: number } => {
    const m = /^([A-Z]*)(\d*)$/.exec(text);
    if (!m || (m[1] === "" && m[2] === ""))
      throw new FakeOfficeError(ErrorCodes.invalidArgument, `Bad address ${address}`);
    let column = 0;
    for (const ch of m[1] ?? "") column = column * 26 + ch.charCodeAt(0) - 64;
    return {
      row: m[2] ? Number(m[2]) : end ? MAX_ROWS : 1,
      column: m[1] ? column : end ? MAX_COLUMNS : 1,
    };
  };
  const start = part(a, false);
  const end = part(b ?? a, true);
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

export function formatArea(area: Area): string {
  const start = `${columnLetter(area.left)}${area.top}`;
  return area.top === area.bottom && area.left === area.right
    ? start
    : `${start}:${columnLetter(area.right)}${area.bottom}`;
}

function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function propNames(props: unknown): string[] {
  if (props === undefined) return [];
  const list = Array.isArray(props) ? props : typeof props === "string" ? props.split(",") : [];
  return list
    .map((p) =>
      String(p)
        .trim()
        .replace(/^items\//, ""),
    )
    .filter(Boolean);
}

/** Serial of an ISO day in the 1900 date system. */
function isoToSerial(iso: string): number {
  const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round(ms / 86_400_000) + 25_569;
}

/** The in-memory workbook and the `Excel` namespace over it. */
export class FakeExcel {
  readonly sheets: FakeSheetData[] = [];
  readonly settings = new Map<string, { key: string; value: unknown }>();
  /** Workbook-scoped defined names, hidden ones included (as `workbook.names` lists them). */
  readonly names: FakeNameData[] = [];
  readonly writes: WriteRecord[] = [];
  syncCount = 0;
  runCount = 0;
  /** Syncs performed by Excel.run itself because commands were left queued (should stay 0). */
  implicitSyncs = 0;
  /** Largest request payload seen, in bytes. */
  maxRequestBytes = 0;
  payloadLimitBytes = EXCEL_WEB_PAYLOAD_LIMIT;
  /** Largest response payload seen (everything loaded in one sync), in bytes. */
  maxResponseBytes = 0;
  responseLimitBytes = EXCEL_WEB_PAYLOAD_LIMIT;
  /** Each suspension of calculation or screen updating, with the sync that carried it. */
  readonly suspensions: { sync: number; what: "calculation" | "screen" }[] = [];
  activeSheetId: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  /** The workbook's structure is protected: sheets cannot be added, deleted, renamed or moved. */
  structureProtected = false;
  /** When set, `charts.add` fails with this code at sync. */
  chartFailure: string | undefined;
  /** A host whose charts have no `series` member: reading it throws at once, as an unimplemented member. */
  chartSeriesMissing = false;
  private failures: { code: string; remaining: number }[] = [];
  private nextId = 1;
  /** `onChanged` handlers, active once the sync carrying their `add` ran, until the one carrying `remove`. */
  readonly changeHandlers: {
    readonly sheetId: string;
    readonly handler: (event: FakeChangedEvent) => unknown;
    readonly context: FakeContext;
    active: boolean;
  }[] = [];
  /** Every `onChanged` event delivered, in order. */
  readonly changeEvents: FakeChangedEvent[] = [];

  /** Handlers registered and not removed. */
  activeChangeHandlers(): number {
    return this.changeHandlers.filter((h) => h.active).length;
  }

  /**
   * The clerk types into cells (not through the API): stores the values as Excel parses typed input and
   * fires `onChanged` for the range, after this call returns, as Excel does.
   */
  userEdit(sheet: string, address: string, rows: readonly (readonly Cell[])[]): void {
    const data = this.sheet(sheet);
    const area = parseAddress(address);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const k = key(area.top - 1 + r, area.left - 1 + c);
        if (value === null || value === "") data.cells.delete(k);
        else if (typeof value === "object" && "date" in value)
          data.cells.set(k, { value: isoToSerial(value.date), format: "dd/mm/yyyy" });
        else if (typeof value === "object") data.cells.set(k, { value: value.error, error: value.error });
        else data.cells.set(k, { value });
      }),
    );
    this.queueChange(data, area, "RangeEdited");
    this.deliverChanges();
  }

  /** A structural change the clerk made (`RowInserted`, `RowDeleted`…): only the event, cells as they are. */
  userChange(sheet: string, address: string, changeType: string): void {
    this.queueChange(this.sheet(sheet), parseAddress(address), changeType);
    this.deliverChanges();
  }

  private pendingChanges: FakeChangedEvent[] = [];

  /** @internal Queues the event of a change (delivered after the sync, or the user's edit, completes). */
  queueChange(sheet: FakeSheetData, area: Area, changeType: string): void {
    this.pendingChanges.push({
      type: "WorksheetChanged",
      source: "Local",
      changeType,
      worksheetId: sheet.id,
      address: formatArea(area),
    });
  }

  /** @internal Delivers queued events to the active handlers of their sheet, asynchronously. */
  deliverChanges(): void {
    const events = this.pendingChanges;
    this.pendingChanges = [];
    for (const event of events) {
      const targets = this.changeHandlers.filter((h) => h.active && h.sheetId === event.worksheetId);
      if (targets.length === 0) continue;
      setTimeout(() => {
        this.changeEvents.push(event);
        for (const target of targets) if (target.active) void target.handler(event);
      }, 0);
    }
  }

  /** The next `count` syncs fail with `code` before applying anything. */
  failNextSyncs(code: string, count: number): void {
    this.failures.push({ code, remaining: count });
  }

  addSheet(name: string, seed: SheetSeed = {}): FakeSheetData {
    const sheet = this.createSheet(name);
    sheet.protected = seed.protected ?? false;
    sheet.visibility = seed.visible === false ? "Hidden" : "Visible";
    seed.rows?.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        if (typeof cell === "object" && "date" in cell) {
          sheet.cells.set(key(r, c), { value: isoToSerial(cell.date), format: "dd/mm/yyyy" });
        } else if (typeof cell === "object") {
          sheet.cells.set(key(r, c), { value: cell.error, error: cell.error });
        } else sheet.cells.set(key(r, c), { value: cell });
      }),
    );
    sheet.merges.push(...(seed.merges ?? []));
    for (const [address, color] of Object.entries(seed.fills ?? {})) {
      sheet.formats.push({ area: parseAddress(address), path: "fill.color", value: color });
    }
    for (const [address, format] of Object.entries(seed.formats ?? {})) {
      const { top, left } = parseAddress(address);
      const cell = sheet.cells.get(key(top - 1, left - 1)) ?? { value: "" };
      sheet.cells.set(key(top - 1, left - 1), { ...cell, format });
    }
    for (const [k, value] of Object.entries(seed.customProperties ?? {})) {
      sheet.customProperties.set(k.toLowerCase(), { key: k, value });
    }
    return sheet;
  }

  /** Defines a workbook name as `names.add` does: `='Tổng hợp'!$A$1`, `Data!A1` or a constant (`=1`). */
  addName(name: string, reference: string, options: { visible?: boolean } = {}): FakeNameData {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Z]{1,3}\d+$/i.test(name))
      throw new FakeOfficeError(ErrorCodes.invalidArgument, `Bad name ${name}`);
    if (this.findName(name)) throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, `Name ${name} exists`);
    const text = reference.replace(/^=/, "");
    const bang = text.lastIndexOf("!");
    let data: FakeNameData;
    if (bang > 0) {
      const quoted = text.slice(0, bang);
      const sheetName = /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
      const sheet = this.findSheet(sheetName);
      if (!sheet || sheet.id === sheetName) {
        throw new FakeOfficeError(ErrorCodes.invalidArgument, `No sheet ${sheetName} for name ${name}`);
      }
      parseAddress(text.slice(bang + 1));
      data = {
        name,
        visible: options.visible ?? true,
        target: { sheetId: sheet.id, address: text.slice(bang + 1) },
      };
    } else data = { name, visible: options.visible ?? true, constant: text };
    this.names.push(data);
    return data;
  }

  findName(name: string): FakeNameData | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  /** A name's formula as Excel reports it now (following renames; `#REF!` once its sheet is gone). */
  nameFormula(data: FakeNameData): string {
    if (!data.target) return `=${data.constant ?? ""}`;
    const sheet = this.findSheet(data.target.sheetId);
    return `=${sheet ? quoteSheet(sheet.name) : "#REF"}!${data.target.address}`;
  }

  sheet(name: string): FakeSheetData {
    const found = this.findSheet(name);
    if (!found) throw new Error(`No sheet ${name}`);
    return found;
  }

  findSheet(nameOrId: string): FakeSheetData | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  /** A cell as stored: value, number format, formula. */
  cell(sheet: string, address: string): { value: Scalar | ""; format: string; formula?: string } {
    const { top, left } = parseAddress(address);
    const cell = this.sheet(sheet).cells.get(key(top - 1, left - 1));
    return {
      value: cell?.value ?? "",
      format: cell?.format ?? "General",
      ...(cell?.formula !== undefined ? { formula: cell.formula } : {}),
    };
  }

  /** The fill of a cell, as Excel reports it (`#FFFFFF` + `None` when there is none). */
  fillAt(sheet: FakeSheetData | string, row: number, column: number): { color: string; pattern: string } {
    const data = typeof sheet === "string" ? this.sheet(sheet) : sheet;
    let color = "#FFFFFF";
    let pattern = "None";
    for (const record of data.formats) {
      if (!record.path.startsWith("fill.") || !covers(record.area, row, column)) continue;
      if (record.path === "fill.clear") [color, pattern] = ["#FFFFFF", "None"];
      if (record.path === "fill.color") [color, pattern] = [String(record.value).toUpperCase(), "Solid"];
      if (record.path === "fill.pattern") pattern = String(record.value);
    }
    return { color, pattern };
  }

  /** The last value a format path got on a cell (e.g. `font.bold`, `border.EdgeTop.style`). */
  formatAt(sheet: string, address: string, path: string): unknown {
    const { top, left } = parseAddress(address);
    const records = this.sheet(sheet).formats.filter(
      (f) => f.path === path && covers(f.area, top - 1, left - 1),
    );
    return records.at(-1)?.value;
  }

  writesTo(sheet: string): WriteRecord[] {
    return this.writes.filter((w) => w.sheet === sheet);
  }

  /** The `Excel` namespace: `run` plus the enums the adapter may touch. */
  get namespace(): {
    run: <T>(
      first: FakeContext | ((context: FakeContext) => Promise<T>),
      second?: (context: FakeContext) => Promise<T>,
    ) => Promise<T>;
    ErrorCodes: typeof ErrorCodes;
  } {
    return { run: (first, second) => this.run(first, second), ErrorCodes };
  }

  /** `Excel.run(batch)`, or `Excel.run(context, batch)` to go on in an earlier run's context. */
  async run<T>(
    first: FakeContext | ((context: FakeContext) => Promise<T>),
    second?: (context: FakeContext) => Promise<T>,
  ): Promise<T> {
    this.runCount++;
    const batch = typeof first === "function" ? first : second;
    if (!batch) throw new FakeOfficeError(ErrorCodes.invalidArgument, "Excel.run needs a batch function");
    const context = typeof first === "function" ? new FakeContext(this) : first;
    const result = await batch(context);
    if (context.pending() > 0) {
      this.implicitSyncs++;
      await context.sync();
    }
    return result;
  }

  /** @internal Refuses a change to the workbook's structure while it is protected. */
  checkStructure(): void {
    if (this.structureProtected) {
      throw new FakeOfficeError(ErrorCodes.accessDenied, "The workbook structure is protected.");
    }
  }

  /** @internal */
  createSheet(name?: string): FakeSheetData {
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.findSheet(sheetName))
      throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, `Sheet ${sheetName} exists`);
    if (/[[\]:*?/\\]/.test(sheetName) || sheetName.length > 31 || sheetName.length === 0) {
      throw new FakeOfficeError(ErrorCodes.invalidArgument, `Bad sheet name ${sheetName}`);
    }
    const sheet: FakeSheetData = {
      id: `{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, "0")}}`,
      name: sheetName,
      visibility: "Visible",
      protected: false,
      cells: new Map(),
      merges: [],
      formats: [],
      customProperties: new Map(),
      tables: [],
      validations: [],
      charts: [],
      conditionalFormats: [],
      hyperlinks: new Map(),
      pageLayout: {},
    };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** @internal Records a write; refuses it on a protected sheet as Excel does. */
  recordWrite(sheet: FakeSheetData, kind: string, area?: Area): void {
    if (sheet.protected) {
      throw new FakeOfficeError(
        ErrorCodes.accessDenied,
        "The cell or chart you're trying to change is on a protected sheet.",
      );
    }
    this.writes.push({ sheet: sheet.name, sheetId: sheet.id, kind, address: area ? formatArea(area) : "" });
  }

  /** @internal */
  takeFailure(): string | undefined {
    const failure = this.failures.find((f) => f.remaining > 0);
    if (!failure) return undefined;
    failure.remaining--;
    return failure.code;
  }
}

type Command = { run: () => void; bytes: number };

/** UTF-8 length of a value's JSON, counted by hand (jsdom has no TextEncoder). */
function sizeOf(value: unknown): number {
  const text = JSON.stringify(value ?? null);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 2 : 3;
  }
  return bytes;
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: Command[] = [];

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  /** @internal */
  enqueue(run: () => void, payload?: unknown): void {
    this.queue.push({ run, bytes: 64 + (payload === undefined ? 0 : sizeOf(payload)) });
  }

  pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    this.fake.syncCount++;
    const commands = this.queue;
    this.queue = [];
    const failure = this.fake.takeFailure();
    if (failure) throw new FakeOfficeError(failure, `Injected ${failure}`);
    const bytes = commands.reduce((sum, c) => sum + c.bytes, 0);
    this.fake.maxRequestBytes = Math.max(this.fake.maxRequestBytes, bytes);
    if (bytes > this.fake.payloadLimitBytes) {
      throw new FakeOfficeError(ErrorCodes.requestPayloadSizeLimitExceeded, `Request of ${bytes} bytes`);
    }
    this.responseBytes = 0;
    this.staged = [];
    for (const command of commands) command.run();
    this.fake.maxResponseBytes = Math.max(this.fake.maxResponseBytes, this.responseBytes);
    const staged = this.staged;
    this.staged = [];
    // Excel answers a request with everything it loaded at once; past the limit nothing is delivered.
    if (this.responseBytes > this.fake.responseLimitBytes) {
      throw new FakeOfficeError(
        ErrorCodes.responsePayloadSizeLimitExceeded,
        `Response of ${this.responseBytes} bytes`,
      );
    }
    for (const deliver of staged) deliver();
    this.fake.deliverChanges();
  }

  private responseBytes = 0;
  private staged: (() => void)[] = [];

  /** @internal Loaded data: counted in the response, delivered to the proxy only if the sync succeeds. */
  respond(payload: unknown, deliver: () => void): void {
    this.responseBytes += sizeOf(payload);
    this.staged.push(deliver);
  }
}

/** Base of every proxy: loaded values, `load`, and the null-object state. */
abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: FakeContext) {}

  protected get fake(): FakeExcel {
    return this.context.fake;
  }

  /** Reads a property at execution time; null objects never get here. */
  protected abstract read(name: string): unknown;

  /** For *OrNullObject proxies: whether the target exists, known after the next sync. */
  protected trackNull(exists: () => boolean): void {
    this.context.enqueue(() => {
      this.nullState = !exists();
    });
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  load(props?: unknown): this {
    const names = propNames(props);
    this.context.enqueue(() => {
      if (this.nullState === true) return;
      const values = names.map((name) => [name, this.read(name)] as const);
      this.context.respond(values, () => values.forEach(([name, value]) => this.loaded.set(name, value)));
    });
    return this;
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }
}

class FakeClientResult<T> {
  private result: { value: T } | undefined;
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (!this.result) throw notLoaded("value");
    return this.result.value;
  }
}

class FakeApplication {
  constructor(private readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(() =>
      this.context.fake.suspensions.push({ sync: this.context.fake.syncCount, what: "calculation" }),
    );
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue(() =>
      this.context.fake.suspensions.push({ sync: this.context.fake.syncCount, what: "screen" }),
    );
  }
}

class FakeWorkbookProtection extends FakeProxy {
  protected read(name: string): unknown {
    if (name !== "protected") throw new FakeOfficeError(ErrorCodes.invalidArgument, name);
    return this.fake.structureProtected;
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly protection: FakeWorkbookProtection;
  readonly names: FakeNamedItemCollection;
  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.protection = new FakeWorkbookProtection(context);
  }

  insertWorksheetsFromBase64(
    base64: string,
    options?: { positionType?: string },
  ): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    const fake = this.context.fake;
    this.context.enqueue(() => {
      let parsed: { sheets?: { name: string; rows?: Cell[][]; merges?: Area[] }[] };
      try {
        parsed = JSON.parse(decodeFakeWorkbookText(base64)) as typeof parsed;
      } catch {
        throw new FakeOfficeError(ErrorCodes.invalidArgument, "The file is not a workbook");
      }
      if (!Array.isArray(parsed.sheets)) throw new FakeOfficeError(ErrorCodes.invalidArgument, "No sheets");
      if (options?.positionType !== undefined && options.positionType !== "End") {
        throw new FakeOfficeError(ErrorCodes.invalidArgument, "Only positionType End is modelled");
      }
      const ids = parsed.sheets.map((seed) => {
        let name = seed.name;
        for (let i = 2; fake.findSheet(name); i++) name = `${seed.name} (${i})`;
        const sheet = fake.addSheet(name, {
          ...(seed.rows ? { rows: seed.rows } : {}),
          ...(seed.merges ? { merges: seed.merges } : {}),
        });
        fake.recordWrite(sheet, "insert");
        return sheet.id;
      });
      result.set(ids);
    }, base64);
    return result;
  }
}

class FakeWorksheetCollection extends FakeProxy {
  private loadedItems: FakeWorksheet[] | undefined;

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  override load(props?: unknown): this {
    const names = propNames(props);
    this.context.enqueue(() => {
      this.loadedItems = this.fake.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, () => sheet.id);
        proxy.preload(names);
        return proxy;
      });
    });
    return this;
  }

  protected read(name: string): unknown {
    throw new FakeOfficeError(ErrorCodes.invalidArgument, `Worksheets has no property ${name}`);
  }

  getItem(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.fake.findSheet(nameOrId)?.id);
  }

  getItemOrNullObject(nameOrId: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.context, () => this.fake.findSheet(nameOrId)?.id);
    proxy.nullable();
    return proxy;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.fake.activeSheetId);
  }

  add(name?: string): FakeWorksheet {
    let id: string | undefined;
    this.context.enqueue(() => {
      this.fake.checkStructure();
      const sheet = this.fake.createSheet(name);
      this.fake.recordWrite(sheet, "add");
      id = sheet.id;
    }, name);
    return new FakeWorksheet(this.context, () => id);
  }
}

class FakeWorksheet extends FakeProxy {
  private cachedId: string | undefined;
  private navigation = new Map<string, unknown>();

  constructor(
    context: FakeContext,
    private readonly locate: () => string | undefined,
  ) {
    super(context);
  }

  /** @internal The sheet, at execution time (ItemNotFound when it does not exist). */
  data(): FakeSheetData {
    this.cachedId ??= this.locate();
    const sheet = this.cachedId === undefined ? undefined : this.fake.findSheet(this.cachedId);
    if (!sheet) throw new FakeOfficeError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
    return sheet;
  }

  /** @internal */
  nullable(): void {
    this.trackNull(() => {
      this.cachedId ??= this.locate();
      return this.cachedId !== undefined && this.fake.findSheet(this.cachedId) !== undefined;
    });
  }

  /** @internal Loads properties right now (collection items at execution time). */
  preload(names: readonly string[]): void {
    for (const name of names) this.loaded.set(name, this.read(name));
  }

  protected read(name: string): unknown {
    const sheet = this.data();
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.fake.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      default:
        throw new FakeOfficeError(ErrorCodes.invalidArgument, `Worksheet property ${name} is not modelled`);
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.context.enqueue(() => {
      const sheet = this.data();
      const clash = this.fake.findSheet(value);
      if (clash && clash !== sheet)
        throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, `Sheet ${value} exists`);
      if (/[[\]:*?/\\]/.test(value) || value.length > 31)
        throw new FakeOfficeError(ErrorCodes.invalidArgument, value);
      this.fake.recordWrite(sheet, "rename");
      sheet.name = value;
    }, value);
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(value: string) {
    this.context.enqueue(() => {
      const sheet = this.data();
      if (sheet.id === this.fake.activeSheetId && value !== "Visible")
        throw new FakeOfficeError(ErrorCodes.invalidArgument, "The active sheet cannot be hidden.");
      sheet.visibility = value;
    }, value);
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(value: number) {
    this.context.enqueue(() => {
      const sheet = this.data();
      const sheets = this.fake.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }

  private nav<T>(name: string, make: () => T): T {
    if (!this.navigation.has(name)) this.navigation.set(name, make());
    return this.navigation.get(name) as T;
  }

  get protection(): FakeProtection {
    return this.nav("protection", () => new FakeProtection(this.context, this));
  }
  get customProperties(): FakeCustomPropertyCollection {
    return this.nav("customProperties", () => new FakeCustomPropertyCollection(this.context, this));
  }
  get tables(): FakeTableCollection {
    return this.nav("tables", () => new FakeTableCollection(this.context, this));
  }
  get charts(): FakeChartCollection {
    return this.nav("charts", () => new FakeChartCollection(this.context, this));
  }
  get freezePanes(): FakeFreezePanes {
    return this.nav("freezePanes", () => new FakeFreezePanes(this.context, this));
  }
  get pageLayout(): Record<string, unknown> {
    return this.nav("pageLayout", () =>
      recorder(this.context, (path, value) => {
        const sheet = this.data();
        this.fake.recordWrite(sheet, `pageLayout.${path}`);
        sheet.pageLayout[path] = value;
      }),
    );
  }

  /** `onChanged` (ExcelApi 1.7): `add` returns the handler's result, removed in its own context. */
  get onChanged(): {
    add: (handler: (event: FakeChangedEvent) => unknown) => { context: FakeContext; remove: () => void };
  } {
    return {
      add: (handler) => {
        if (typeof handler !== "function")
          throw new FakeOfficeError(ErrorCodes.invalidArgument, "handler must be a function");
        const registration = { sheetId: "", handler, context: this.context, active: false };
        this.context.enqueue(() => {
          registration.sheetId = this.data().id;
          registration.active = true;
          this.fake.changeHandlers.push(registration);
        });
        return {
          context: this.context,
          remove: () =>
            this.context.enqueue(() => {
              registration.active = false;
            }),
        };
      },
    };
  }

  activate(): void {
    this.context.enqueue(() => {
      this.fake.activeSheetId = this.data().id;
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      this.fake.checkStructure();
      const sheet = this.data();
      this.fake.recordWrite(sheet, "delete");
      const sheets = this.fake.sheets;
      if (sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0) {
        throw new FakeOfficeError(
          ErrorCodes.invalidArgument,
          "A workbook must keep at least one visible sheet.",
        );
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      if (this.fake.activeSheetId === sheet.id) this.fake.activeSheetId = sheets[0]?.id;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, () =>
      address === undefined
        ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS }
        : parseAddress(address),
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    if (rows < 1 || columns < 1) throw new FakeOfficeError(ErrorCodes.invalidArgument, "Empty range");
    return new FakeRange(this.context, this, () => ({
      top: row + 1,
      left: column + 1,
      bottom: row + rows,
      right: column + columns,
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const used = (): Area | undefined => {
      let area: Area | undefined;
      for (const [k, cell] of this.data().cells) {
        if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
        const r = Math.floor(k / 20_000) + 1;
        const c = (k % 20_000) + 1;
        area = area
          ? {
              top: Math.min(area.top, r),
              left: Math.min(area.left, c),
              bottom: Math.max(area.bottom, r),
              right: Math.max(area.right, c),
            }
          : { top: r, left: c, bottom: r, right: c };
      }
      return area;
    };
    const range = new FakeRange(this.context, this, used);
    range.nullable();
    return range;
  }
}

class FakeProtection extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context);
  }
  protected read(name: string): unknown {
    if (name !== "protected") throw new FakeOfficeError(ErrorCodes.invalidArgument, name);
    return this.sheet.data().protected;
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
  protect(options?: Record<string, unknown>): void {
    this.context.enqueue(() => {
      const sheet = this.sheet.data();
      if (sheet.protected) throw new FakeOfficeError(ErrorCodes.invalidArgument, "Already protected");
      sheet.protected = true;
      sheet.protectionOptions = { ...options };
    }, options);
  }
}

/** A proxy that records every property set (nested objects by path) and every method call. */
function recorder(
  context: FakeContext,
  apply: (path: string, value: unknown) => void,
  prefix = "",
): Record<string, unknown> {
  const children = new Map<string, Record<string, unknown>>();
  return new Proxy({} as Record<string, unknown>, {
    get(_target, prop) {
      const name = `${prefix}${String(prop)}`;
      if (String(prop).startsWith("set") || String(prop) === "clear") {
        return (...args: unknown[]) => context.enqueue(() => apply(name, args), args);
      }
      if (!children.has(name)) children.set(name, recorder(context, apply, `${name}.`));
      return children.get(name);
    },
    set(_target, prop, value) {
      context.enqueue(() => apply(`${prefix}${String(prop)}`, value), value);
      return true;
    },
  });
}

type Grid = unknown[][];

function broadcast(grid: Grid, area: Area): (r: number, c: number) => unknown {
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  const single = grid.length === 1 && grid[0]?.length === 1;
  if (!single && (grid.length !== rows || grid.some((row) => row.length !== columns))) {
    throw new FakeOfficeError(
      ErrorCodes.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
    );
  }
  return (r, c) => (single ? grid[0]![0] : grid[r]![c]);
}

class FakeRange extends FakeProxy {
  private navigation = new Map<string, unknown>();

  constructor(
    context: FakeContext,
    readonly sheet: FakeWorksheet,
    private readonly locate: () => Area | undefined,
  ) {
    super(context);
  }

  /** @internal */
  area(): Area {
    const area = this.locate();
    if (!area) throw new FakeOfficeError(ErrorCodes.itemNotFound, "Range does not exist");
    return area;
  }

  /** @internal */
  nullable(): void {
    this.trackNull(() => this.locate() !== undefined);
  }

  private cellAt(r: number, c: number): FakeCell | undefined {
    return this.sheet.data().cells.get(key(r, c));
  }

  private grid(pick: (cell: FakeCell | undefined) => unknown): unknown[][] {
    const area = this.area();
    const rows: unknown[][] = [];
    for (let r = area.top - 1; r < area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = area.left - 1; c < area.right; c++) row.push(pick(this.cellAt(r, c)));
      rows.push(row);
    }
    return rows;
  }

  protected read(name: string): unknown {
    const area = this.area();
    switch (name) {
      case "values":
        return this.grid((cell) => cell?.value ?? "");
      case "numberFormat":
        return this.grid((cell) => cell?.format ?? "General");
      case "formulas":
        return this.grid((cell) => cell?.formula ?? cell?.value ?? "");
      case "valueTypes":
        return this.grid((cell) =>
          cell === undefined || cell.value === ""
            ? "Empty"
            : cell.error !== undefined
              ? "Error"
              : typeof cell.value === "number"
                ? "Double"
                : typeof cell.value === "boolean"
                  ? "Boolean"
                  : "String",
        );
      case "address":
        return `${quoteSheet(this.sheet.data().name)}!${formatArea(area)}`;
      case "rowIndex":
        return area.top - 1;
      case "columnIndex":
        return area.left - 1;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      default:
        throw new FakeOfficeError(ErrorCodes.invalidArgument, `Range property ${name} is not modelled`);
    }
  }

  get values(): Grid {
    return this.loadedValue("values");
  }
  set values(grid: Grid) {
    this.context.enqueue(() => this.writeCells("values", grid, (cell, v) => storeValue(cell, v)), grid);
  }
  get numberFormat(): Grid {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(grid: Grid) {
    this.context.enqueue(
      () =>
        this.writeCells("numberFormat", grid, (cell, v) => {
          cell.format = String(v);
        }),
      grid,
    );
  }
  get formulas(): Grid {
    return this.loadedValue("formulas");
  }
  set formulas(grid: Grid) {
    this.context.enqueue(
      () =>
        this.writeCells("formulas", grid, (cell, v) => {
          if (typeof v === "string" && v.startsWith("=")) {
            cell.formula = v;
            cell.value = 0;
          } else storeValue(cell, v);
        }),
      grid,
    );
  }
  get valueTypes(): Grid {
    return this.loadedValue("valueTypes");
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  set hyperlink(link: Record<string, unknown>) {
    this.context.enqueue(() => {
      const area = this.area();
      const sheet = this.sheet.data();
      this.fake.recordWrite(sheet, "hyperlink", area);
      sheet.hyperlinks.set(key(area.top - 1, area.left - 1), link);
      if (typeof link["textToDisplay"] === "string") {
        const cell = sheet.cells.get(key(area.top - 1, area.left - 1)) ?? { value: "" };
        sheet.cells.set(key(area.top - 1, area.left - 1), { ...cell, value: link["textToDisplay"] });
      }
    }, link);
  }

  private writeCells(kind: string, grid: Grid, apply: (cell: FakeCell, value: unknown) => void): void {
    const area = this.area();
    const sheet = this.sheet.data();
    this.fake.recordWrite(sheet, kind, area);
    const at = broadcast(grid, area);
    for (const [r, c] of cellsOf(area)) {
      const value = at(r - area.top + 1, c - area.left + 1);
      if (value === null || value === undefined) continue;
      const cell = sheet.cells.get(key(r, c)) ?? { value: "" };
      apply(cell, value);
      sheet.cells.set(key(r, c), cell);
    }
    if (kind === "values" || kind === "formulas") this.fake.queueChange(sheet, area, "RangeEdited");
  }

  /** @internal Queues a format write. */
  recordFormat(path: string, value: unknown): void {
    this.context.enqueue(() => this.recordFormatNow(path, value), value);
  }

  /** @internal Applies a format write (recorders already run inside a sync). */
  recordFormatNow(path: string, value: unknown): void {
    const area = this.area();
    const sheet = this.sheet.data();
    this.fake.recordWrite(sheet, `format.${path}`, area);
    sheet.formats.push({ area, path, value });
  }

  set columnHidden(value: boolean) {
    this.recordFormat("columnHidden", value);
  }

  get format(): FakeRangeFormat {
    if (!this.navigation.has("format"))
      this.navigation.set("format", new FakeRangeFormat(this.context, this));
    return this.navigation.get("format") as FakeRangeFormat;
  }

  get dataValidation(): Record<string, unknown> {
    if (!this.navigation.has("dataValidation")) {
      this.navigation.set(
        "dataValidation",
        recorder(this.context, (path, value) => {
          const area = this.area();
          const sheet = this.sheet.data();
          this.fake.recordWrite(sheet, `dataValidation.${path}`, area);
          const index = sheet.validations.findIndex((v) => overlaps(v.area, area));
          if (path === "clear") {
            for (let i = sheet.validations.length - 1; i >= 0; i--) {
              if (overlaps(sheet.validations[i]!.area, area)) sheet.validations.splice(i, 1);
            }
            return;
          }
          const existing = index >= 0 ? sheet.validations[index] : undefined;
          if (existing && formatArea(existing.area) === formatArea(area)) existing.props[path] = value;
          else sheet.validations.push({ area, props: { [path]: value } });
        }),
      );
    }
    return this.navigation.get("dataValidation") as Record<string, unknown>;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    if (!this.navigation.has("conditionalFormats")) {
      this.navigation.set("conditionalFormats", new FakeConditionalFormatCollection(this.context, this));
    }
    return this.navigation.get("conditionalFormats") as FakeConditionalFormatCollection;
  }

  merge(across?: boolean): void {
    this.context.enqueue(() => {
      const area = this.area();
      const sheet = this.sheet.data();
      this.fake.recordWrite(sheet, "merge", area);
      if (across) throw new FakeOfficeError(ErrorCodes.invalidArgument, "merge(across) is not modelled");
      if (sheet.merges.some((m) => overlaps(m, area))) {
        throw new FakeOfficeError(ErrorCodes.invalidArgument, "Cannot merge over a merged area");
      }
      sheet.merges.push(area);
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const area = this.area();
      const sheet = this.sheet.data();
      if (this.fake.activeSheetId !== sheet.id)
        throw new FakeOfficeError(ErrorCodes.invalidArgument, "Select on an inactive sheet");
      this.fake.selection = { sheet: sheet.name, address: formatArea(area) };
    });
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, this.sheet, () => ({ ...this.area(), top: 1, bottom: MAX_ROWS }));
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.context, this.sheet, () => ({ ...this.area(), left: 1, right: MAX_COLUMNS }));
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = (): Area[] => this.sheet.data().merges.filter((m) => overlaps(m, this.area()));
    return new FakeRangeAreas(this.context, this.sheet, areas);
  }
}

function storeValue(cell: FakeCell, value: unknown): void {
  delete cell.formula;
  delete cell.error;
  if (typeof value !== "string") {
    cell.value = value as Scalar;
    return;
  }
  if (cell.format === "@" || value === "") {
    cell.value = value;
  } else if (value.startsWith("'")) {
    // Excel's quote prefix: the rest is stored as text, whatever it looks like.
    cell.value = value.slice(1);
  } else if (value.startsWith("=")) {
    // What Excel does with text that looks like a formula in a General cell.
    cell.formula = value;
    cell.value = "#NAME?";
    cell.error = "#NAME?";
  } else if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) {
    cell.value = Number(value);
  } else cell.value = value;
}

class FakeRangeAreas extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly areas: () => Area[],
  ) {
    super(context);
    this.trackNull(() => this.areas().length > 0);
  }
  protected read(name: string): unknown {
    if (name !== "address")
      throw new FakeOfficeError(ErrorCodes.invalidArgument, `RangeAreas.${name} is not modelled`);
    const areas = this.areas();
    if (areas.length > 512)
      throw new FakeOfficeError(ErrorCodes.generalException, "More than 512 merged areas");
    const sheet = quoteSheet(this.sheet.data().name);
    return areas.map((a) => `${sheet}!${formatArea(a)}`).join(", ");
  }
  get address(): string {
    return this.loadedValue("address");
  }
}

class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: FakeFill;
  readonly borders: { getItem: (edge: string) => Record<string, unknown> };

  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    this.font = recorder(context, (path, value) => range.recordFormatNow(`font.${path}`, value));
    this.fill = new FakeFill(context, range);
    this.borders = {
      getItem: (edge: string) =>
        recorder(context, (path, value) => range.recordFormatNow(`border.${edge}.${path}`, value)),
    };
  }

  set horizontalAlignment(value: string) {
    this.range.recordFormat("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.range.recordFormat("verticalAlignment", value);
  }
  set wrapText(value: boolean) {
    this.range.recordFormat("wrapText", value);
  }
  set columnWidth(value: number) {
    this.range.recordFormat("columnWidth", value);
  }
  set rowHeight(value: number) {
    this.range.recordFormat("rowHeight", value);
  }
  get protection(): { locked: boolean } {
    const range = this.range;
    return {
      set locked(value: boolean) {
        range.recordFormat("protection.locked", value);
      },
    } as { locked: boolean };
  }
}

class FakeFill extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }
  protected read(name: string): unknown {
    // The top-left cell's fill (real Excel gives null for a range of mixed fills; the adapter reads cells).
    const area = this.range.area();
    const fill = this.fake.fillAt(this.range.sheet.data(), area.top - 1, area.left - 1);
    if (name === "color") return fill.color;
    if (name === "pattern") return fill.pattern;
    throw new FakeOfficeError(ErrorCodes.invalidArgument, `RangeFill.${name} is not modelled`);
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(value: string) {
    this.range.recordFormat("fill.color", value);
  }
  get pattern(): string {
    return this.loadedValue("pattern");
  }
  set pattern(value: string) {
    this.range.recordFormat("fill.pattern", value);
  }
  clear(): void {
    this.range.recordFormat("fill.clear", true);
  }
}

class FakeCustomProperty extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly find: () => { key: string; value: string } | undefined,
    nullable: boolean,
  ) {
    super(context);
    if (nullable) this.trackNull(() => this.find() !== undefined);
  }
  protected read(name: string): unknown {
    const item = this.find();
    if (!item) throw new FakeOfficeError(ErrorCodes.itemNotFound, "No such custom property");
    if (name === "value") return item.value;
    if (name === "key") return item.key;
    throw new FakeOfficeError(ErrorCodes.invalidArgument, name);
  }
  get value(): string {
    return this.loadedValue("value");
  }
  get key(): string {
    return this.loadedValue("key");
  }
}

class FakeCustomPropertyCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  add(k: string, value: string): FakeCustomProperty {
    this.context.enqueue(() => {
      const sheet = this.sheet.data();
      this.context.fake.recordWrite(sheet, "customProperty");
      sheet.customProperties.set(k.toLowerCase(), { key: k, value });
    }, [k, value]);
    return new FakeCustomProperty(
      this.context,
      () => this.sheet.data().customProperties.get(k.toLowerCase()),
      false,
    );
  }
  getItemOrNullObject(k: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this.context,
      () => this.sheet.data().customProperties.get(k.toLowerCase()),
      true,
    );
  }
}

class FakeNamedItem extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly locate: () => FakeNameData | undefined,
    nullable: boolean,
  ) {
    super(context);
    if (nullable) this.trackNull(() => this.locate() !== undefined);
  }
  /** @internal The name, at execution time (ItemNotFound when it does not exist). */
  data(): FakeNameData {
    const data = this.locate();
    if (!data) throw new FakeOfficeError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.");
    return data;
  }
  /** @internal Loads properties right now (collection items at execution time); returns their values. */
  preload(names: readonly string[]): unknown[] {
    return names.map((name) => {
      const value = this.read(name);
      this.loaded.set(name, value);
      return value;
    });
  }
  protected read(name: string): unknown {
    const data = this.data();
    const formula = this.fake.nameFormula(data);
    const broken = formula.startsWith("=#REF!");
    switch (name) {
      case "name":
        return data.name;
      case "visible":
        return data.visible;
      case "formula":
        return formula;
      case "type":
        return data.target ? (broken ? "Error" : "Range") : "String";
      case "value":
        return broken ? "#REF!" : formula.slice(1);
      default:
        throw new FakeOfficeError(ErrorCodes.invalidArgument, `NamedItem property ${name} is not modelled`);
    }
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(value: boolean) {
    this.context.enqueue(() => {
      this.data().visible = value;
    }, value);
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get value(): unknown {
    return this.loadedValue("value");
  }
  delete(): void {
    this.context.enqueue(() => {
      const names = this.fake.names;
      names.splice(names.indexOf(this.data()), 1);
    });
  }
}

class FakeNamedItemCollection extends FakeProxy {
  private loadedItems: FakeNamedItem[] | undefined;

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  override load(props?: unknown): this {
    const names = propNames(props);
    this.context.enqueue(() => {
      const payload: unknown[][] = [];
      const items = this.fake.names.map((data) => {
        const proxy = new FakeNamedItem(
          this.context,
          () => (this.fake.names.includes(data) ? data : undefined),
          false,
        );
        payload.push(proxy.preload(names));
        return proxy;
      });
      // Delivered only if the whole request succeeds, like any other load.
      this.context.respond(payload, () => (this.loadedItems = items));
    });
    return this;
  }

  protected read(name: string): unknown {
    throw new FakeOfficeError(ErrorCodes.invalidArgument, `NamedItemCollection has no property ${name}`);
  }

  add(name: string, reference: string): FakeNamedItem {
    this.context.enqueue(() => this.fake.addName(name, reference), [name, reference]);
    return new FakeNamedItem(this.context, () => this.fake.findName(name), false);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.fake.findName(name), false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.fake.findName(name), true);
  }
}

class FakeSetting extends FakeProxy {
  constructor(
    context: FakeContext,
    private readonly k: string,
    nullable: boolean,
  ) {
    super(context);
    if (nullable) this.trackNull(() => this.fake.settings.has(k.toLowerCase()));
  }
  protected read(name: string): unknown {
    const item = this.fake.settings.get(this.k.toLowerCase());
    if (!item) throw new FakeOfficeError(ErrorCodes.itemNotFound, `No setting ${this.k}`);
    if (name === "value") return item.value;
    if (name === "key") return item.key;
    throw new FakeOfficeError(ErrorCodes.invalidArgument, name);
  }
  get value(): unknown {
    return this.loadedValue("value");
  }
  delete(): void {
    this.context.enqueue(() => {
      if (!this.fake.settings.delete(this.k.toLowerCase())) {
        throw new FakeOfficeError(ErrorCodes.itemNotFound, `No setting ${this.k}`);
      }
    });
  }
}

class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {}
  add(k: string, value: unknown): FakeSetting {
    this.context.enqueue(() => {
      this.context.fake.settings.set(k.toLowerCase(), { key: k, value });
    }, value);
    return new FakeSetting(this.context, k, false);
  }
  getItem(k: string): FakeSetting {
    return new FakeSetting(this.context, k, false);
  }
  getItemOrNullObject(k: string): FakeSetting {
    return new FakeSetting(this.context, k, true);
  }
}

class FakeTable {
  constructor(
    private readonly context: FakeContext,
    private readonly get: () => FakeTableData,
    private readonly loadedName?: string,
  ) {}
  get name(): string {
    if (this.loadedName === undefined) throw notLoaded("name");
    return this.loadedName;
  }
  set name(value: string) {
    this.context.enqueue(() => {
      const clash = this.context.fake.sheets.some((s) =>
        s.tables.some((t) => t !== this.get() && t.name.toLowerCase() === value.toLowerCase()),
      );
      if (clash) throw new FakeOfficeError(ErrorCodes.itemAlreadyExists, `Table ${value} exists`);
      this.get().name = value;
    }, value);
  }
  set style(value: string) {
    this.context.enqueue(() => {
      this.get().style = value;
    }, value);
  }
}

class FakeTableCollection {
  private loadedItems: FakeTable[] | undefined;
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  get items(): FakeTable[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
  load(props?: unknown): this {
    const names = propNames(props);
    this.context.enqueue(() => {
      this.loadedItems = this.sheet
        .data()
        .tables.map((t) => new FakeTable(this.context, () => t, names.includes("name") ? t.name : undefined));
    });
    return this;
  }
  add(range: FakeRange, hasHeaders: boolean): FakeTable {
    let table: FakeTableData | undefined;
    this.context.enqueue(() => {
      const sheet = this.sheet.data();
      const area = range.area();
      this.context.fake.recordWrite(sheet, "table", area);
      if (!hasHeaders)
        throw new FakeOfficeError(ErrorCodes.invalidArgument, "Tables without headers are not modelled");
      if (sheet.merges.some((m) => overlaps(m, area)))
        throw new FakeOfficeError(ErrorCodes.invalidArgument, "Table over merged cells");
      const count = this.context.fake.sheets.reduce((n, s) => n + s.tables.length, 0);
      table = { name: `Table${count + 1}`, area };
      sheet.tables.push(table);
    });
    return new FakeTable(this.context, () => {
      if (!table) throw new FakeOfficeError(ErrorCodes.itemNotFound, "Table was not created");
      return table;
    });
  }
}

class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}
  /** `Custom` and `DataBar` are modelled; their properties are recorded by path (`custom.rule.formula`). */
  add(type: string): Record<string, unknown> {
    let format: FakeConditionalFormatData | undefined;
    this.context.enqueue(() => {
      const sheet = this.range.sheet.data();
      const area = this.range.area();
      this.context.fake.recordWrite(sheet, "conditionalFormat", area);
      if (type !== "Custom" && type !== "DataBar") {
        throw new FakeOfficeError(ErrorCodes.invalidArgument, `Conditional format ${type} is not modelled`);
      }
      format = { type, area, props: {} };
      sheet.conditionalFormats.push(format);
    }, type);
    const key = type === "Custom" ? "custom" : "dataBar";
    return {
      [key]: recorder(
        this.context,
        (path, value) => {
          if (!format) throw new FakeOfficeError(ErrorCodes.itemNotFound, "Conditional format not created");
          format.props[path] = value;
        },
        "",
      ),
    };
  }
}

class FakeChartCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  add(type: string, source: FakeRange, seriesBy?: string): Record<string, unknown> {
    let chart: FakeChartData | undefined;
    this.context.enqueue(() => {
      const sheet = this.sheet.data();
      this.context.fake.recordWrite(sheet, "chart");
      if (this.context.fake.chartFailure)
        throw new FakeOfficeError(this.context.fake.chartFailure, "Chart refused");
      const area = source.area();
      // One series a column (or a row): `Columns` over a one-column source gives one series.
      const columns = seriesBy === "Rows" ? [] : [...Array(area.right - area.left + 1).keys()];
      const series =
        seriesBy === "Rows"
          ? [...Array(area.bottom - area.top + 1).keys()].map((r) => ({
              values: formatArea({ ...area, top: area.top + r, bottom: area.top + r }),
            }))
          : columns.map((c) => ({
              values: formatArea({ ...area, left: area.left + c, right: area.left + c }),
            }));
      chart = { type, source: formatArea(area), series };
      sheet.charts.push(chart);
    }, type);
    const current = (): FakeChartData => {
      if (!chart) throw new FakeOfficeError(ErrorCodes.itemNotFound, "Chart was not created");
      return chart;
    };
    const seriesProxy = (locate: () => FakeSeriesData): Record<string, unknown> => {
      const proxy = recorder(this.context, (path, value) => {
        const series = locate();
        if (path === "name") series.name = String(value);
        else if (path === "format.fill.setSolidColor") series.color = String((value as unknown[])[0]);
        else throw new FakeOfficeError(ErrorCodes.invalidArgument, `ChartSeries.${path} is not modelled`);
      });
      return new Proxy(proxy, {
        get: (target, prop) => {
          if (prop === "setValues" || prop === "setXAxisValues") {
            return (range: FakeRange) =>
              this.context.enqueue(() => {
                const address = formatArea(range.area());
                if (prop === "setValues") locate().values = address;
                else locate().xValues = address;
              });
          }
          return Reflect.get(target, prop);
        },
      });
    };
    const fake = this.context.fake;
    const chartObject = {
      title: recorder(this.context, (path, value) => {
        if (path === "text") current().title = String(value);
      }),
      legend: recorder(this.context, (path, value) => {
        if (path === "position") current().legend = String(value);
      }),
      axes: {
        categoryAxis: recorder(this.context, (path, value) => {
          if (path === "reversePlotOrder") current().reversePlotOrder = Boolean(value);
        }),
      },
      series: {
        getItemAt: (index: number) =>
          seriesProxy(() => {
            const found = current().series[index];
            if (!found) throw new FakeOfficeError(ErrorCodes.itemNotFound, `No series ${index}`);
            return found;
          }),
        add: (name?: string) => {
          let added: FakeSeriesData | undefined;
          this.context.enqueue(() => {
            added = { ...(name !== undefined ? { name } : {}), values: "" };
            current().series.push(added);
          }, name);
          return seriesProxy(() => {
            if (!added) throw new FakeOfficeError(ErrorCodes.itemNotFound, "Series was not added");
            return added;
          });
        },
      },
      setPosition: (from: FakeRange, to: FakeRange) =>
        this.context.enqueue(() => {
          current().from = formatArea(from.area());
          current().to = formatArea(to.area());
        }),
    };
    return new Proxy(chartObject, {
      get: (target, prop) => {
        if (prop === "series" && fake.chartSeriesMissing)
          throw new FakeOfficeError("FakeNotImplemented", "Chart.series is not implemented by this host");
        return Reflect.get(target, prop);
      },
    }) as Record<string, unknown>;
  }
}

class FakeFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  private set(rows: number, columns: number): void {
    this.context.enqueue(() => {
      const sheet = this.sheet.data();
      this.context.fake.recordWrite(sheet, "freeze");
      sheet.freeze = { rows, columns };
    });
  }
  freezeRows(count: number): void {
    this.set(count, 0);
  }
  freezeColumns(count: number): void {
    this.set(0, count);
  }
  freezeAt(range: FakeRange): void {
    this.context.enqueue(() => {
      const area = range.area();
      const sheet = this.sheet.data();
      this.context.fake.recordWrite(sheet, "freeze");
      sheet.freeze = { rows: area.bottom, columns: area.right };
    });
  }
}

/** Highest ExcelApi version the fake claims (the manifest's minimum). */
export const FAKE_EXCEL_API = "1.13";

function versionAtMost(version: string, max: string): boolean {
  const [a = 0, b = 0] = version.split(".").map(Number);
  const [x = 0, y = 0] = max.split(".").map(Number);
  return a < x || (a === x && b <= y);
}

/** Installs `Office`, `Excel` and `OfficeExtension` globals backed by the fake onto `target`. */
export function installOfficeGlobals(
  target: Record<string, unknown>,
  fake: FakeExcel,
  maxExcelApi = FAKE_EXCEL_API,
): void {
  const documentSettings = new Map<string, unknown>();
  target["Excel"] = fake.namespace;
  target["OfficeExtension"] = { Error: FakeOfficeError, ErrorCodes };
  target["Office"] = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && versionAtMost(version ?? "1.1", maxExcelApi),
      },
      document: {
        settings: {
          get: (name: string) => documentSettings.get(name) ?? null,
          set: (name: string, value: unknown) => void documentSettings.set(name, value),
          remove: (name: string) => void documentSettings.delete(name),
          saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
        },
      },
    },
  };
}

/**
 * The fake's stand-in for an .xlsx file: base64 of UTF-8 JSON `{ sheets: [{ name, rows, merges }] }`
 * (the fake cannot unzip a real workbook in a browser without a library).
 */
export function encodeFakeWorkbook(
  sheets: readonly { name: string; rows?: Cell[][]; merges?: Area[] }[],
): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ sheets }));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function decodeFakeWorkbookText(base64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0)));
}

/** A fresh fake installed on `globalThis` (jest tests). */
export function installFakeExcel(maxExcelApi = FAKE_EXCEL_API): FakeExcel {
  const fake = new FakeExcel();
  installOfficeGlobals(globalThis as unknown as Record<string, unknown>, fake, maxExcelApi);
  return fake;
}
