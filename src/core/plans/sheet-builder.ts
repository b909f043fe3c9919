/** Builds a sheet plan's rows, styles and merges top to bottom (the summary's blocks). */
import type { PlanRange, PlanValue, StyledRange } from "../sheet-plan";
import { range, styled } from "./plan-style";

const GAP_POINTS = 6;

export class SheetBuilder {
  readonly values: PlanValue[][] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: PlanRange[] = [];
  /** Row heights set by `gap` (points, by 1-based row). */
  readonly heights: Record<number, number> = {};

  /** `width`: the columns a line spans. */
  constructor(readonly width: number) {}

  /** The row the next `row` call writes. */
  get next(): number {
    return this.values.length + 1;
  }

  row(cells: readonly PlanValue[]): number {
    this.values.push([...cells]);
    return this.values.length;
  }

  /** A line of text across the whole width, wrapped. */
  line(text: string, style: StyledRange["style"] = {}): number {
    const row = this.row([text]);
    this.merges.push(range(row, 1, row, this.width));
    this.styles.push(styled(range(row, 1, row, this.width), { wrap: true, vertical: "top", ...style }));
    return row;
  }

  blank(): void {
    this.row([]);
  }

  /** A thin empty row between blocks (a full blank row costs a page its last lines). */
  gap(points = GAP_POINTS): void {
    this.heights[this.row([])] = points;
  }
}
