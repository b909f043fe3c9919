/**
 * Print check: LibreOffice converts the `annex format` output to PDF. .ci/run installs `libreoffice-calc`;
 * on any machine without soffice the test fails with that reason (never a silent pass).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { writeSeedAnnex } from "../helpers/xlsx-fixtures";
import { annex } from "./cli-helpers";

const SOFFICE = "/usr/bin/soffice";

describe("annex format output prints", () => {
  it("converts to a non-empty PDF with LibreOffice", async () => {
    if (!fs.existsSync(SOFFICE))
      throw new Error(
        `${SOFFICE} is missing: install libreoffice-calc (apt-get; .ci/run does) for the print test.`,
      );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-pdf-"));
    try {
      const seed = await writeSeedAnnex(path.join(dir, "seed.xlsx"));
      const out = path.join(dir, "phu-luc.xlsx");
      expect(annex(["format", seed, "-o", out]).status).toBe(0);
      const profile = path.join(dir, "lo-profile");
      const result = spawnSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          out,
        ],
        { encoding: "utf8", timeout: 110_000 },
      );
      const pdf = path.join(dir, "phu-luc.pdf");
      expect({ status: result.status, exists: fs.existsSync(pdf) }).toEqual({ status: 0, exists: true });
      const bytes = fs.readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(bytes.length).toBeGreaterThan(2000);
      expect(bytes.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
