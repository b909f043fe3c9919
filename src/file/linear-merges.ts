/**
 * exceljs checks each new merged area against every merged area of the sheet, so loading or writing n
 * merges takes n² steps (20 000 merges: ~50 s, 80 000: over 10 minutes). This keeps, per worksheet, the
 * master of every merged cell, so the check looks only at the new area's own cells: linear in the cells
 * merged, which exceljs visits anyway. The same "Cannot merge already merged cells" error is thrown for an
 * overlap; an area unmerged since is no obstacle. Importing this module installs it once.
 */
// exceljs's Worksheet class has no typings for these internals.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Worksheet = require("exceljs/lib/doc/worksheet") as {
  prototype: { _mergeCellsInternal(this: SheetInternals, dimensions: Area, ignoreStyle?: boolean): void };
};

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

interface SheetInternals {
  _merges: Record<string, Area>;
  [COVERED]?: Map<number, Area>;
}

// Excel's widest sheet: row * 16 384 + column is an exact key for any cell.
const COLUMNS = 16_384;
const COVERED = Symbol("task-annex.merged-cells");
const INSTALLED = Symbol.for("task-annex.linear-merges");

const proto = Worksheet.prototype as typeof Worksheet.prototype & { [INSTALLED]?: true };

function isLive(sheet: SheetInternals, area: Area): boolean {
  return Object.values(sheet._merges).includes(area);
}

if (!proto[INSTALLED]) {
  const mergeCellsInternal = proto._mergeCellsInternal;
  proto._mergeCellsInternal = function (this: SheetInternals, dimensions: Area, ignoreStyle?: boolean): void {
    let covered = this[COVERED];
    if (!covered) this[COVERED] = covered = new Map();
    const { top, left, bottom, right } = dimensions;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const area = covered.get(r * COLUMNS + c);
        // A stale entry (the area was unmerged) is checked against the sheet's merges, rarely.
        if (area && isLive(this, area)) throw new Error("Cannot merge already merged cells");
      }
    }
    const merges = this._merges;
    // The original's own check then scans nothing; its merging and indexing run unchanged.
    this._merges = {};
    try {
      mergeCellsInternal.call(this, dimensions, ignoreStyle);
    } finally {
      const added = this._merges;
      this._merges = merges;
      Object.assign(merges, added);
    }
    // exceljs indexes the area object itself (`_merges[master] = dimensions`): identity marks it live.
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) covered.set(r * COLUMNS + c, dimensions);
    }
  };
  proto[INSTALLED] = true;
}

export {};
