/**
 * The plan period (DESIGN §5) read from an annex's title or subtitle (`… năm 2024`, `… giai đoạn
 * 2026-2030`), or from a CLI/settings option (`2024`, `2026-2030`).
 */
import type { DayInterval } from "./day";
import { dayNumber } from "./day";
import { normalizeText } from "./text";
import { MAX_YEAR, MIN_YEAR } from "./time-forms";
import { timeKey } from "./time-key";

// A plan longer than this is not a plan period but a vision (`tầm nhìn đến năm 2050`).
const MAX_SPAN_YEARS = 30;

const YEARS = String.raw`(?:nam\s*)?(\d{4})\s*(?:-|den|toi)\s*(?:het\s*)?(?:nam\s*)?(\d{4})\b`;
const PHASE = new RegExp(String.raw`\bgiai doan\s*(?:tu\s*)?${YEARS}`, "g");
const FROM_TO = new RegExp(String.raw`\btu\s*${YEARS}`, "g");
// `… Đồng Nai 2026-2030` at the very end of a title.
const TRAILING_SPAN = new RegExp(String.raw`(?:^|\s)${YEARS}[\s.)]*$`);
// `năm 2024`, but not `đến năm 2030` / `tầm nhìn năm 2045` (an horizon, not the plan's own year).
const YEAR_PHRASE = /(?<!\b(?:den|toi|het|nhin)\s*)\bnam\s*(\d{4})\b/g;
// `ngày … tháng 03 năm 2024`: the date a document was signed, a weaker hint than `Kế hoạch … năm 2024`.
const DATE_CONTEXT = /thang\s*\d*\s*$/;
const OPTION = /^(\d{4})(?:\s*(?:-|\.\.|den|to)\s*(\d{4}))?$/;

/** The plan period named in a title or subtitle, or undefined when it names none. */
export function planPeriodFromText(text: string): DayInterval | undefined {
  const key = timeKey(text).key;
  const span = lastSpan(key, PHASE) ?? lastSpan(key, FROM_TO) ?? spanOf(TRAILING_SPAN.exec(key));
  if (span !== undefined) return span;
  let signed: number | undefined;
  let named: number | undefined;
  for (const m of key.matchAll(YEAR_PHRASE)) {
    const year = Number(m[1]);
    if (DATE_CONTEXT.test(key.slice(Math.max(0, m.index - 16), m.index))) signed = year;
    else named = year;
  }
  return yearsInterval(named ?? signed, named ?? signed);
}

/** A period option: `2024` or `2024-2030` (also `2024–2030`, `2024..2030`); undefined when malformed. */
export function parsePeriodOption(text: string): DayInterval | undefined {
  const m = OPTION.exec(normalizeText(text).toLowerCase());
  if (!m) return undefined;
  return yearsInterval(Number(m[1]), Number(m[2] ?? m[1]));
}

function lastSpan(key: string, pattern: RegExp): DayInterval | undefined {
  let found: DayInterval | undefined;
  for (const m of key.matchAll(pattern)) found = spanOf(m) ?? found;
  return found;
}

function spanOf(m: RegExpMatchArray | null): DayInterval | undefined {
  return m ? yearsInterval(Number(m[1]), Number(m[2])) : undefined;
}

function yearsInterval(first: number | undefined, last: number | undefined): DayInterval | undefined {
  if (first === undefined || last === undefined) return undefined;
  if (first < MIN_YEAR || last > MAX_YEAR || last < first || last - first > MAX_SPAN_YEARS) return undefined;
  return { from: dayNumber(first, 1, 1), to: dayNumber(last, 12, 31) };
}
