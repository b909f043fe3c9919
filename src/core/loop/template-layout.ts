/** The layout of a unit's report template (issue 11): its columns and the labels read back from it. */

/** The columns of the report sheet, 1-based. */
export const TEMPLATE_COLUMNS = {
  stt: 1,
  content: 2,
  start: 3,
  end: 4,
  lead: 5,
  support: 6,
  status: 7,
  completed: 8,
  result: 9,
  id: 10,
} as const;

/** The completion date's label: not `Ngày hoàn thành`, which the header reader takes for the deadline. */
export const COMPLETED_LABEL = "Ngày thực hiện xong";
export const ID_LABEL = "Mã dòng";
