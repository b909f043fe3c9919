/**
 * A template opened and saved again in LibreOffice Calc (a ward without Excel): the sheet stays protected
 * with the same cells open, and the report is still recognised by its fingerprint and ids. LibreOffice has
 * no "very hidden": the fingerprint sheet comes back merely hidden. Fails loudly without soffice.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { readFingerprint, rowIdsOf } from "../../src/core/loop/fingerprint";
import { readWorkbook } from "../../src/file/read-workbook";
import { writeSeedAnnex } from "../helpers/xlsx-fixtures";
import { ROOT, runInProcess } from "./cli-helpers";

const SOFFICE = "/usr/bin/soffice";

it("keeps protection, open cells, fingerprint and ids through LibreOffice", async () => {
  if (!fs.existsSync(SOFFICE))
    throw new Error(`${SOFFICE} is missing: install libreoffice-calc (apt-get; .ci/run does).`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-lo-template-"));
  try {
    const plan = await writeSeedAnnex(path.join(dir, "ke-hoach.xlsx"));
    const out = path.join(dir, "mau");
    const directory = path.join(ROOT, "examples", "danh-muc-co-quan.xlsx");
    expect((await runInProcess(["templates", plan, "--directory", directory, "-o", out])).code).toBe(0);
    const template = path.join(out, "bao-cao-phuong-lam-ha.xlsx");
    const saved = path.join(dir, "lo");
    const result = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        saved,
        template,
      ],
      { encoding: "utf8", timeout: 110_000 },
    );
    const file = path.join(saved, "bao-cao-phuong-lam-ha.xlsx");
    expect({ status: result.status, exists: fs.existsSync(file) }).toEqual({ status: 0, exists: true });

    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/<sheet [^>]*name="_TaskAnnexTemplate"[^>]*state="hidden"/);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="(?:true|1)"/);
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!.split("<xf ").slice(1);
    const locked = (cell: string): boolean => {
      const style = Number(new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(sheetXml)?.[1] ?? 0);
      return !/<protection locked="(?:false|0)"/.test(xfs[style] ?? "");
    };
    expect(locked("B10")).toBe(true);
    expect([locked("G10"), locked("H10"), locked("I10")]).toEqual([false, false, false]);

    const read = await readWorkbook(file, file);
    if (!read.ok) throw new Error(read.message);
    const fingerprint = readFingerprint(read.sheets);
    expect(fingerprint?.unit).toBe("Ủy ban nhân dân phường Lãm Hà");
    const ids = rowIdsOf(
      read.sheets.find((s) => s.sheet === "Báo cáo")!,
      fingerprint!,
    );
    expect(ids.size).toBe(14);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 150_000);
