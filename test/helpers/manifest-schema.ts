/**
 * Validates an add-in manifest offline against Microsoft's XML manifest schemas (xmllint-wasm), from the copy
 * in test/fixtures/office-manifest-xsd (README there), so a fresh clone needs nothing beside it.
 */
import * as fs from "fs";
import * as path from "path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

const SCHEMA_DIR = path.resolve(__dirname, "../fixtures/office-manifest-xsd");

function schemaFiles(dir: string): { schema: XMLFileInfo; preload: XMLFileInfo[] } {
  const read = (fileName: string): XMLFileInfo => ({
    fileName,
    contents: fs.readFileSync(path.join(dir, fileName), "utf8"),
  });
  const others = fs.readdirSync(dir).filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA);
  return { schema: read(MAIN_SCHEMA), preload: others.map(read) };
}

/** The schema's verdict on a manifest's text, with xmllint's messages. */
export async function validateManifest(
  xml: string,
  dir = SCHEMA_DIR,
): Promise<{ valid: boolean; errors: readonly string[] }> {
  const { schema, preload } = schemaFiles(dir);
  const result = await validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], schema, preload });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
