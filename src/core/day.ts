/**
 * Calendar days as plain numbers: days since 1970-01-01 (UTC, no time zone involved). Intervals of days
 * are inclusive `[from, to]`.
 */
export type DayNumber = number;

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface DayInterval {
  readonly from: DayNumber;
  readonly to: DayNumber;
}

const MS_PER_DAY = 86_400_000;

/** True when the year/month/day exists in the Gregorian calendar. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day number of a valid year/month/day. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function toYmd(day: DayNumber): Ymd {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO `YYYY-MM-DD`. */
export function formatIsoDay(day: DayNumber): string {
  const { year, month, day: d } = toYmd(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Vietnamese-style `dd/mm/yyyy`. */
export function formatViDay(day: DayNumber): string {
  const { year, month, day: d } = toYmd(day);
  return `${String(d).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** Parses an ISO `YYYY-MM-DD` day; undefined when malformed or impossible. */
export function parseIsoDay(text: string): DayNumber | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? dayNumber(year, month, day) : undefined;
}

/** Excel serial date (1900 date system) to a day number; Excel's fictitious 29/02/1900 is skipped. */
export function excelSerialToDay(serial: number): DayNumber {
  const whole = Math.floor(serial);
  // Serial 25569 is 1970-01-01; serials below 61 are before Excel's phantom leap day.
  return whole < 61 ? whole - 25568 : whole - 25569;
}

export function dayToExcelSerial(day: DayNumber): number {
  const serial = day + 25569;
  return serial < 61 ? serial - 1 : serial;
}

/** The whole year as an interval. */
export function yearInterval(year: number): DayInterval {
  return { from: dayNumber(year, 1, 1), to: dayNumber(year, 12, 31) };
}

/** The quarter (1–4) a day falls in. */
export function quarterOf(day: DayNumber): number {
  return Math.floor((toYmd(day).month - 1) / 3) + 1;
}
