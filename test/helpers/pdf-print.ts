/**
 * Printing a workbook the way a second real client does: LibreOffice converts it to PDF and pdftohtml
 * reads the PDF back as positioned texts with their font sizes (.ci/run installs libreoffice-calc and
 * poppler-utils). Without either tool the print tests fail saying so, never a silent pass.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";

const SOFFICE = "/usr/bin/soffice";
const PDFTOHTML = "/usr/bin/pdftohtml";

/** One text run of a printed page; `size` as pdftohtml gives it (1.5 × the points in the PDF). */
export interface PdfText {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly size: number;
  readonly bold: boolean;
  /** As pdftohtml wrote it, markup removed. */
  readonly text: string;
}

/** Throws when LibreOffice or pdftohtml is missing, naming what to install. */
export function requirePrintTools(
  extra: readonly string[] = [],
  packages = "libreoffice-calc and poppler-utils",
): void {
  for (const needed of [SOFFICE, PDFTOHTML, ...extra]) {
    if (!fs.existsSync(needed))
      throw new Error(`${needed} is missing: install ${packages} for the print test.`);
  }
}

/** The workbook printed to PDF by LibreOffice (a profile of its own in `dir`), read back page by page. */
export function printPages(xlsx: string, dir: string): PdfText[][] {
  requirePrintTools();
  const converted = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${dir}/lo-profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
    { encoding: "utf8", timeout: 110_000 },
  );
  const pdf = path.join(dir, `${path.basename(xlsx, ".xlsx")}.pdf`);
  if (converted.status !== 0 || !fs.existsSync(pdf)) throw new Error(`soffice failed: ${converted.stderr}`);
  const xml = spawnSync(PDFTOHTML, ["-xml", "-i", "-stdout", "-q", pdf], { encoding: "utf8" }).stdout;
  const sizes = new Map<string, number>();
  for (const m of xml.matchAll(/<fontspec id="(\d+)" size="([\d.]+)"/g)) sizes.set(m[1]!, Number(m[2]));
  const attribute = (tag: string, name: string) =>
    Number(new RegExp(`(?:^|\\s)${name}="(\\d+)"`).exec(tag)?.[1] ?? 0);
  return xml
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<text ([^>]*)>(.*?)<\/text>/g)].map((m) => ({
        top: attribute(m[1]!, "top"),
        left: attribute(m[1]!, "left"),
        height: attribute(m[1]!, "height"),
        size: sizes.get(String(attribute(m[1]!, "font"))) ?? 0,
        bold: m[2]!.includes("<b>"),
        text: m[2]!.replace(/<[^>]+>/g, ""),
      })),
    );
}
