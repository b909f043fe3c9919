/**
 * Validates manifest.xml offline against Microsoft's XML manifest schemas (xmllint-wasm), and checks
 * what the add-in relies on: the requirement set, the locales, the pane URL, the ribbon button.
 * Schemas come from the copy in test/fixtures/office-manifest-xsd (test/helpers/manifest-schema.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { validateManifest as validate } from "./helpers/manifest-schema";

const manifest = fs.readFileSync(path.resolve(__dirname, "../manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("is valid against the schemas in test/fixtures", async () => {
    expect(await validate(manifest)).toEqual({ valid: true, errors: [] });
  });

  it("would be rejected with Permissions before Requirements (the schema check is real)", async () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const reordered = manifest
      .replace(permissions, "")
      .replace("  <Requirements>", `${permissions}  <Requirements>`);
    expect(reordered).not.toBe(manifest);
    expect((await validate(reordered)).valid).toBe(false);
  });

  it("requires ExcelApi 1.13 at most, the version the adapter is checked against", () => {
    const sets = [...manifest.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(sets).toEqual([["ExcelApi", "1.13"]]);
  });

  it("speaks Vietnamese by default with English overrides for every string", () => {
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    const strings = [
      ...manifest.matchAll(/<bt:String id="([^"]+)"[^>]*>\s*<bt:Override Locale="en-US"/g),
    ].map((m) => m[1]);
    const declared = [...manifest.matchAll(/<bt:String id="([^"]+)"/g)].map((m) => m[1]);
    expect(strings).toEqual(declared);
    expect(manifest).toMatch(/<DisplayName DefaultValue="Phụ lục nhiệm vụ">\s*<Override Locale="en-US"/);
    expect(manifest).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
  });

  it("opens the task pane from a Home-tab button, with read/write permission", () => {
    expect(manifest).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  it.each([16, 32, 64, 80])("points at icon-%i.png, a real PNG of that size in assets/", (size) => {
    expect(manifest).toContain(`/assets/icon-${size}.png`);
    const png = fs.readFileSync(path.resolve(__dirname, `../assets/icon-${size}.png`));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString("latin1", 12, 16)).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});
