/** Writes sheet plans to a new .xlsx file with exceljs (the CLI's output; never an input file). */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { safeSheetName, sheetReference, type SheetPlan } from "../core/sheet-plan";
import { signatureComment } from "./output-signature";
import { isOwnerMarkerName, ownerMarkerName } from "./owner-marker";
import { renderSheetPlan } from "./render-plan";
import { zipEntries, type ZipEntry } from "./zip-writer";

/** The workbook as bytes: one worksheet per plan, in order, with owner markers. */
export async function workbookBuffer(plans: readonly SheetPlan[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Task Annex for Excel";
  const names: string[] = [];
  plans.forEach((plan, index) => {
    const name = safeSheetName(plan.name, names);
    names.push(name);
    const ws = workbook.addWorksheet(name);
    renderSheetPlan(ws, plan);
    if (plan.owner)
      workbook.definedNames.add(sheetReference(name, "$A$1"), ownerMarkerName(plan.owner, index + 1));
  });
  // Uncompressed here, compressed natively in finishPackage (see zip-writer.ts).
  const raw = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never));
  return finishPackage(raw);
}

/** Writes the plans to `path` (through a temporary file, so a failed write leaves no half file). */
export async function writeWorkbook(plans: readonly SheetPlan[], path: string): Promise<void> {
  const bytes = await workbookBuffer(plans);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, path);
  } catch (error) {
    // `-o` names a folder, or the file is open in Excel: report it, and leave no `.tmp` file behind.
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Two fixes exceljs cannot express: owner-marker names are hidden, and internal hyperlinks use only
 * `location` (exceljs also adds an external relationship, which Excel would try to open as a file).
 */
async function finishPackage(raw: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(raw);
  const book = zip.file("xl/workbook.xml");
  if (book) {
    const xml = await book.async("string");
    zip.file(
      "xl/workbook.xml",
      xml.replace(/<definedName name="([^"]+)"/g, (tag, name: string) =>
        isOwnerMarkerName(name) ? `<definedName name="${name}" hidden="1"` : tag,
      ),
    );
  }
  for (const path of Object.keys(zip.files)) {
    const match = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(path);
    if (!match) continue;
    const xml = await zip.file(path)!.async("string");
    const internal = new Set<string>();
    const fixed = xml.replace(/<hyperlink [^>]*\/>/g, (tag) => {
      const id = / r:id="([^"]+)"/.exec(tag)?.[1];
      if (!id || !tag.includes(" location=")) return tag;
      internal.add(id);
      return tag.replace(/ r:id="[^"]+"/, "");
    });
    if (internal.size === 0) continue;
    zip.file(path, fixed);
    const relsPath = `xl/worksheets/_rels/${match[1]}.rels`;
    const rels = zip.file(relsPath);
    if (!rels) continue;
    const relsXml = await rels.async("string");
    zip.file(
      relsPath,
      relsXml.replace(/<Relationship [^>]*\/>/g, (tag) => {
        const id = /Id="([^"]+)"/.exec(tag)?.[1];
        return id && internal.has(id) ? "" : tag;
      }),
    );
  }
  const entries: ZipEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (!file.dir) entries.push({ name: file.name, data: await file.async("uint8array") });
  }
  return zipEntries(entries, signatureComment);
}
