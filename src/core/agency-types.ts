/** Types of the agency directory and matching (DESIGN §4); implemented in agency*.ts. */

export type AgencyKind = "agency" | "group" | "unit";

/** One directory row: `Tên chuẩn | Tên khác | Loại | Phải nộp`. */
export interface AgencyEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: AgencyKind;
  /** A unit that must submit a report (consolidation: `SUBMISSION_MISSING`). */
  readonly mustSubmit: boolean;
}

export interface AgencyDirectory {
  readonly entries: readonly AgencyEntry[];
  /**
   * Where it came from, for reports: `default` (the built-in one), a sheet name, or a file name. With the
   * built-in one, the national reference and the shape of a name also count as known; a user's directory
   * is the clerk's own list, so a name outside it is unknown.
   */
  readonly source: string;
}

/** The source of the built-in directory. */
export const DEFAULT_SOURCE = "default";

/** One agency mentioned in a cell, after splitting a list. */
export interface AgencyMention {
  /** The text as typed (trimmed, NFC). */
  readonly text: string;
  /** The comparison key (agencyKey). */
  readonly key: string;
  /** The matched directory entry's canonical name, if any. */
  readonly canonical?: string;
  /** Closest directory names when unmatched (best first, at most 3). */
  readonly suggestions: readonly string[];
  /** A former name (`Sở Thông tin và Truyền thông`): the body that took over. */
  readonly successor?: string;
  /** The day the successor took over (`yyyy-mm-dd`), with `successor`. */
  readonly since?: string;
  /** Words after the name that say its role or scope (`chủ trì, tổng hợp`), set aside: not part of it. */
  readonly note?: string;
  /**
   * The text is a sentence, not a list of names (`chủ trì, phối hợp với Bộ Nội vụ…`): the known bodies it
   * mentions, by canonical name; none of them is taken as the cell's agency.
   */
  readonly named?: readonly string[];
}
