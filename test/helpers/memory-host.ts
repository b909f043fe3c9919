/**
 * An in-memory WorkbookHost for component tests: sheets are SheetSnapshots; every call is recorded so a
 * test can assert what the pane asked the workbook to do. Plans written become sheets that later reads
 * see (values only), with the same naming rule as the real adapter: an owned sheet is replaced only by a
 * plan with the same owner, any other clash gets a unique name.
 */
import type { Finding } from "../../src/core/findings";
import { legacyConversion, withConvertedCells } from "../../src/core/legacy-encoding";
import type { PlanValue, SheetPlan } from "../../src/core/sheet-plan";
import { safeSheetName } from "../../src/core/sheet-plan";
import type { Cell, SheetSnapshot } from "../../src/core/snapshot";
import { columnLetter } from "../../src/core/snapshot";
import type {
  DropdownRequest,
  LegacyRepairResult,
  ReadRequest,
  ReadResult,
  RowSpan,
  SheetChange,
  SheetInfo,
  SheetWatch,
  WorkbookHost,
  WorkbookSettings,
  WriteRequest,
} from "../../src/office/host";
import { HostError } from "../../src/office/host";

const DIRECTORY_SHEET = "Danh mục cơ quan";

type Method = keyof WorkbookHost;

export interface MemorySheet {
  snapshot: SheetSnapshot;
  owner?: SheetPlan["owner"];
}

export interface HostCall {
  readonly method: Method;
  readonly args: readonly unknown[];
}

export class MemoryHost implements WorkbookHost {
  readonly sheets: MemorySheet[];
  activeName: string;
  settings: WorkbookSettings = {};
  readonly calls: HostCall[] = [];
  /** Every plan written, in order. */
  readonly plans: SheetPlan[] = [];
  readonly selections: { sheet: string; address: string }[] = [];
  readonly highlights: { sheet: string; cells: string[] }[] = [];
  readonly cleared: string[] = [];
  readonly dropdowns: DropdownRequest[] = [];
  readonly settingsWritten: WorkbookSettings[] = [];
  /** `.xlsx` files insertWorkbook understands, by file name: the sheets they hold. */
  readonly files = new Map<string, SheetSnapshot[]>();
  private failures = new Map<Method, Error>();
  private gate: Promise<void> | undefined;

  constructor(sheets: readonly SheetSnapshot[], active?: string) {
    this.sheets = sheets.map((snapshot) => ({ snapshot }));
    this.activeName = active ?? sheets[0]?.sheet ?? "Sheet1";
  }

  /** The next call of `method` rejects with `error`. */
  failNext(method: Method, error: Error): void {
    this.failures.set(method, error);
  }

  /** Every call waits until the returned function is called (to observe busy states). */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.gate = undefined;
      release();
    };
  }

  /** Adds the sheet a plan describes, as if written earlier (not recorded in `plans`). */
  addPlanSheet(plan: SheetPlan): string {
    const name = this.writePlan(plan);
    this.plans.pop();
    return name;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.snapshot.sheet === name);
  }

  callsOf(method: Method): HostCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    await this.enter("read", [request]);
    return this.readNow(request);
  }

  async update(
    request: ReadRequest,
    build: (read: ReadResult) => WriteRequest,
  ): Promise<{ readonly read: ReadResult; readonly written: readonly string[] }> {
    await this.enter("update", [request]);
    const read = this.readNow(request);
    let write: WriteRequest;
    try {
      write = build(read);
    } catch (error) {
      // Like the Office host: whatever fails inside the Excel.run comes out as a HostError.
      throw new HostError("unknown", `Phần bổ trợ gặp lỗi khi thực hiện thao tác: ${String(error)}`);
    }
    const written: string[] = [];
    let activate: string | undefined;
    for (const plan of write.plans) {
      const name = this.writePlan(plan);
      written.push(name);
      if (plan.name === write.activate) activate = name;
    }
    if (activate !== undefined) this.activeName = activate;
    return { read, written };
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.enter("selectCell", [sheet, address]);
    this.requireSheet(sheet);
    this.activeName = sheet;
    this.selections.push({ sheet, address });
  }

  async highlightFindings(sheet: string, findings: readonly Finding[]): Promise<number> {
    await this.enter("highlightFindings", [sheet, findings]);
    this.requireSheet(sheet);
    const cells = [...new Set(findings.flatMap((f) => (f.cell ? [f.cell] : [])))];
    this.highlights.push({ sheet, cells });
    return cells.length;
  }

  async clearHighlights(sheet: string): Promise<number> {
    await this.enter("clearHighlights", [sheet]);
    this.cleared.push(sheet);
    const marked = this.highlights.filter((h) => h.sheet === sheet).flatMap((h) => h.cells);
    return new Set(marked).size;
  }

  /** Every cell edit applied, in order. */
  readonly edits: { sheet: string; address: string; from: string; to: string }[] = [];

  async editCells(
    sheet: string,
    addresses: readonly string[],
    edit: (address: string, text: string) => string | undefined,
  ): Promise<number> {
    await this.enter("editCells", [sheet, addresses]);
    const target = this.requireSheet(sheet);
    let changed = 0;
    for (const address of addresses) {
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (!m) throw new Error(`bad address ${address}`);
      const column = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row = Number(m[2]) - 1;
      const rows = target.snapshot.rows.map((r) => [...r]);
      const cell = rows[row]?.[column];
      const text = cell === null || cell === undefined ? "" : typeof cell === "object" ? "" : String(cell);
      const next = edit(address, text);
      if (next === undefined || next === text) continue;
      const line = rows[row] ?? [];
      line[column] = next;
      rows[row] = line;
      target.snapshot = { ...target.snapshot, rows };
      this.edits.push({ sheet, address, from: text, to: next });
      this.changed(sheet, { address, changeType: "RangeEdited" });
      changed += 1;
    }
    return changed;
  }

  /** Every row appended, in order. */
  readonly appended: { sheet: string; row: number; cells: { column: number; text: string }[] }[] = [];

  async appendRow(sheet: string, cells: readonly { column: number; text: string }[]): Promise<number> {
    await this.enter("appendRow", [sheet, cells]);
    const target = this.requireSheet(sheet);
    const rows = target.snapshot.rows.map((r) => [...r]);
    while (rows.length > 0 && (rows.at(-1) ?? []).every((c) => c === null || c === "")) rows.pop();
    const line: Cell[] = [];
    for (const { column, text } of cells) line[column - 1] = text;
    rows.push(Array.from(line, (c) => c ?? null));
    target.snapshot = { ...target.snapshot, rows };
    this.appended.push({ sheet, row: rows.length, cells: [...cells] });
    return rows.length;
  }

  async addDropdowns(request: DropdownRequest): Promise<void> {
    await this.enter("addDropdowns", [request]);
    this.requireSheet(request.sheet);
    this.dropdowns.push(request);
  }

  /** Like the Office host: the cells core converts get their Unicode (no formulas in memory). */
  async convertLegacyText(sheet: string, request: ReadRequest = {}): Promise<LegacyRepairResult> {
    await this.enter("convertLegacyText", [sheet, request]);
    const target = this.requireSheet(sheet);
    const conversion = legacyConversion(target.snapshot);
    if (conversion) target.snapshot = withConvertedCells(target.snapshot, conversion);
    const repair = conversion
      ? { encoding: conversion.encoding, cells: conversion.cells.length, formulas: 0 }
      : { cells: 0, formulas: 0 };
    return { repair, read: this.readNow({ ...request, sheets: [sheet] }) };
  }

  async writeSettings(settings: WorkbookSettings): Promise<void> {
    await this.enter("writeSettings", [settings]);
    this.settings = settings;
    this.settingsWritten.push(settings);
  }

  async insertWorkbook(fileName: string, base64: string): Promise<readonly string[]> {
    await this.enter("insertWorkbook", [fileName, base64]);
    const content = this.files.get(fileName);
    if (!content) throw new HostError("unknown", "Tệp này không phải là sổ làm việc Excel (.xlsx).");
    return content.map((snapshot) => {
      const name = safeSheetName(`${snapshot.sheet} (${fileName.replace(/\.xlsx$/i, "")})`, this.names());
      this.sheets.push({ snapshot: { ...snapshot, sheet: name, file: fileName } });
      return name;
    });
  }

  /** Handlers of watched sheets; like Excel, the add-in's own edits are reported too. */
  readonly watchers: { sheet: string; onChange: (change: SheetChange) => void }[] = [];

  async watchSheet(sheet: string, onChange: (change: SheetChange) => void): Promise<SheetWatch> {
    await this.enter("watchSheet", [sheet]);
    this.requireSheet(sheet);
    const watcher = { sheet, onChange };
    this.watchers.push(watcher);
    return {
      sheet,
      stop: async () => {
        const at = this.watchers.indexOf(watcher);
        if (at >= 0) this.watchers.splice(at, 1);
      },
    };
  }

  async readRows(
    sheet: string,
    spans: readonly RowSpan[],
    columns: number,
  ): Promise<readonly (readonly Cell[])[][]> {
    await this.enter("readRows", [sheet, spans, columns]);
    const rows = this.requireSheet(sheet).snapshot.rows;
    return spans.map((span) =>
      Array.from({ length: span.last - span.first + 1 }, (_, i) =>
        Array.from({ length: columns }, (_, c) => rows[span.first - 1 + i]?.[c] ?? null),
      ),
    );
  }

  /**
   * The clerk types `cells` (a block whose top-left is `row`, `column`, 1-based) into a sheet: the
   * watchers of that sheet hear of it afterwards, as Excel's onChanged reports it.
   */
  userEdit(sheet: string, row: number, column: number, cells: readonly (readonly Cell[])[]): void {
    const target = this.requireSheet(sheet);
    const rows = target.snapshot.rows.map((r) => [...r]);
    cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        const at = rows[row - 1 + r] ?? [];
        at[column - 1 + c] = cell;
        rows[row - 1 + r] = at;
      }),
    );
    target.snapshot = { ...target.snapshot, rows };
    const width = Math.max(1, ...cells.map((l) => l.length));
    this.changed(sheet, {
      address: `${columnLetter(column)}${row}:${columnLetter(column + width - 1)}${row + cells.length - 1}`,
      changeType: "RangeEdited",
    });
  }

  /** Tells the sheet's watchers of a change, after the current call returns. */
  changed(sheet: string, change: SheetChange): void {
    for (const watcher of this.watchers.filter((w) => w.sheet === sheet)) {
      setTimeout(() => watcher.onChange(change), 0);
    }
  }

  private async enter(method: Method, args: readonly unknown[]): Promise<void> {
    this.calls.push({ method, args });
    if (this.gate) await this.gate;
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
  }

  private names(): string[] {
    return this.sheets.map((s) => s.snapshot.sheet);
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new HostError("sheetNotFound", `Không tìm thấy trang tính “${name}”.`);
    return sheet;
  }

  private readNow(request: ReadRequest): ReadResult {
    const sheetList: SheetInfo[] = this.sheets.map((s) => ({
      name: s.snapshot.sheet,
      visible: true,
      ...(s.owner ? { owner: s.owner } : {}),
    }));
    const wanted = request.sheets ?? [];
    const found = wanted.flatMap((name) => {
      const sheet = this.sheet(name);
      return sheet ? [sheet.snapshot] : [];
    });
    const directory =
      this.sheets.find((s) => s.owner === "directory") ??
      this.sheets.find((s) => s.snapshot.sheet === DIRECTORY_SHEET);
    const active = this.sheet(this.activeName);
    const capped = (s: SheetSnapshot): SheetSnapshot =>
      request.rowCap !== undefined && s.rows.length > request.rowCap
        ? { ...s, rows: s.rows.slice(0, request.rowCap), truncated: true }
        : s;
    const extra = this.sheets.filter(
      (s) => request.extra?.visible === true || request.extra?.names?.includes(s.snapshot.sheet) === true,
    );
    return {
      activeName: this.activeName,
      sheetList,
      sheets: found,
      missing: wanted.filter((name) => !this.sheet(name)),
      settings: this.settings,
      ...(request.active && active ? { active: active.snapshot } : {}),
      ...(request.directory && directory ? { directory: directory.snapshot } : {}),
      ...(request.extra ? { extra: extra.map((s) => capped(s.snapshot)) } : {}),
    };
  }

  private writePlan(plan: SheetPlan): string {
    this.plans.push(plan);
    const existing = this.sheet(plan.name);
    const replace = existing !== undefined && existing.owner !== undefined && existing.owner === plan.owner;
    const name = existing && !replace ? safeSheetName(plan.name, this.names()) : plan.name;
    const snapshot: SheetSnapshot = {
      sheet: name,
      rows: plan.values.map((row) => row.map(planCell)),
      merges: [],
    };
    if (replace && existing) {
      existing.snapshot = snapshot;
    } else {
      this.sheets.push({ snapshot, ...(plan.owner ? { owner: plan.owner } : {}) });
    }
    return name;
  }
}

function planCell(value: PlanValue): Cell {
  if (value === null || typeof value !== "object") return value;
  if ("date" in value) return { date: value.date };
  // A formula has no cached value until Excel computes it.
  return null;
}
