/**
 * The plan's tasks as the round trip with the units needs them (issue 11): each task row of the plan's
 * annex with its section, times and agencies (a task with none inherits its section's), and a stable id.
 * The id and the plan's identity are hashes of the plan's own text, so the same plan always gives the same
 * ids, and an edited plan a new identity.
 */
import { cellText, type Cell } from "../snapshot";
import type { AnnexRow, AnnexTable } from "../table-types";
import { isBlankText, normalizeText, toneKey } from "../text";

export interface PlanTask {
  /** Stable id: `NV-` and 8 hex digits of the task's section, number and content. */
  readonly id: string;
  /** The plan's numbering as written (`1.`, `2.1`). */
  readonly stt: string;
  /** The section row's number and title (`I. Xây dựng kế hoạch`), empty when none. */
  readonly sectionStt: string;
  readonly section: string;
  readonly content: string;
  readonly start: string;
  readonly end: string;
  readonly lead: string;
  readonly support: string;
}

export interface PlanTasks {
  /** The annex title (`NHIỆM VỤ … NĂM 2024`), empty when none was recognised. */
  readonly title: string;
  /** The `(Kèm theo Kế hoạch số …)` line, when present. */
  readonly attachedTo?: string;
  readonly tasks: readonly PlanTask[];
  /** `KH-` and 16 hex digits of the title and every task: another plan, or an edited one, differs. */
  readonly identity: string;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits; `seed` gives an independent second hash. */
export function textHash(text: string, seed = 0x811c9dc5): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const SECOND_SEED = 0x9747b28c;

function wideHash(text: string): string {
  return textHash(text) + textHash(text, SECOND_SEED);
}

/** Text compared for identity: NFC, one tone-mark style, no case or spacing differences. */
function identityText(text: string): string {
  return toneKey(text);
}

function text(cell: Cell | undefined): string {
  return normalizeText(cellText(cell ?? null));
}

/** The plan's tasks in sheet order, with ids unique within the plan. */
export function readPlanTasks(table: AnnexTable): PlanTasks {
  const tasks: PlanTask[] = [];
  const used = new Set<string>();
  const ownOrSection = (row: AnnexRow, section: AnnexRow | undefined, field: "start" | "end" | "lead") => {
    const own = text(row.cells[field]);
    return own === "" && section ? text(section.cells[field]) : own;
  };
  const parents = new Set(table.rows.map((row) => row.section));
  table.rows.forEach((row, index) => {
    const sectionTask = row.kind === "section" && !parents.has(index) && text(row.cells.lead) !== "";
    if (row.kind !== "task" && !sectionTask) return;
    // A section with its own agencies and no task under it is one task: written as its only item, `1.`.
    const section = sectionTask ? row : row.section === undefined ? undefined : table.rows[row.section];
    const stt = sectionTask ? "1." : normalizeText(row.stt);
    const content = text(row.cells.content);
    if (isBlankText(content)) return;
    const sectionStt = section ? normalizeText(section.stt) : "";
    const base = wideHash(identityText(`${sectionStt}|${stt}|${content}`)).slice(0, 8);
    let id = `NV-${base}`;
    for (let n = 2; used.has(id); n++) id = `NV-${base}-${n}`;
    used.add(id);
    tasks.push({
      id,
      stt,
      sectionStt,
      section: section ? text(section.cells.content) : "",
      content,
      start: ownOrSection(row, section, "start"),
      end: ownOrSection(row, section, "end"),
      lead: ownOrSection(row, section, "lead"),
      support: text(row.cells.support),
    });
  });
  const title = normalizeText(table.title.title ?? "");
  const identityParts = [title, ...tasks.map((t) => [t.id, t.start, t.end, t.lead, t.support].join("|"))];
  return {
    title,
    ...(table.title.attachedTo === undefined ? {} : { attachedTo: normalizeText(table.title.attachedTo) }),
    tasks,
    identity: `KH-${wideHash(identityText(identityParts.join("\n")))}`,
  };
}
