/**
 * The production build for an office's own address (`npm run build -- --env url=…`): dist/manifest.xml must
 * point every URL there and still pass the schemas, and a bad address must stop the build with a sentence.
 */
import * as fs from "fs";
import * as path from "path";
import type { Configuration } from "webpack";
import { DEV_ORIGIN, parseHostingAddress, renderProductionManifest } from "../scripts/production-manifest";
import { validateManifest } from "./helpers/manifest-schema";

const ROOT = path.resolve(__dirname, "..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Every URL in a manifest but the XML namespaces. */
function urlsIn(xml: string): string[] {
  const withoutNamespaces = xml.replace(/\s(xmlns(:\w+)?)="[^"]*"/g, "");
  return [...withoutNamespaces.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0].replace(/&amp;/g, "&"));
}

type ConfigFunction = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../webpack.config.js") as ConfigFunction;

/** dist/manifest.xml as the project's webpack config would write it for `--env url=…`. */
async function builtManifest(url: string): Promise<string> {
  const config = await webpackConfig({ WEBPACK_BUILD: true, url }, { mode: "production" });
  const copy = config.plugins?.find((p) => p?.constructor.name === "CopyPlugin") as unknown as {
    patterns: { to?: string; transform?: (content: Buffer, from: string) => string }[];
  };
  const pattern = copy.patterns.find((p) => p.to === "manifest.xml");
  if (!pattern?.transform) throw new Error("manifest.xml is copied without being pointed at the address");
  return pattern.transform(Buffer.from(manifest, "utf8"), path.join(ROOT, "manifest.xml"));
}

describe("parseHostingAddress", () => {
  it.each([
    ["https://example.gov.vn/phu-luc/", "https://example.gov.vn/phu-luc/", "https://example.gov.vn"],
    ["https://example.gov.vn/phu-luc", "https://example.gov.vn/phu-luc/", "https://example.gov.vn"],
    ["  https://EXAMPLE.gov.vn  ", "https://example.gov.vn/", "https://example.gov.vn"],
    [
      "https://intranet:8443/addins/phu-luc/",
      "https://intranet:8443/addins/phu-luc/",
      "https://intranet:8443",
    ],
    ["https://example.gov.vn:443/a/b", "https://example.gov.vn/a/b/", "https://example.gov.vn"],
  ])("accepts %j as %s", (raw, base, origin) => {
    expect(parseHostingAddress(raw)).toEqual({ ok: true, base, origin });
  });

  it.each([
    [true, "Thiếu địa chỉ"],
    ["", "Thiếu địa chỉ"],
    ["http://example.gov.vn/phu-luc/", "phải bắt đầu bằng https://"],
    ["ftp://example.gov.vn/phu-luc/", "phải bắt đầu bằng https://"],
    ["example.gov.vn/phu-luc/", "không hợp lệ"],
    ["https://", "không hợp lệ"],
    ["https://exa mple.gov.vn/", "không hợp lệ"],
    ["https://user:secret@example.gov.vn/", "tên đăng nhập"],
    ["https://example.gov.vn/phu-luc/?v=2", "?…"],
    ["https://example.gov.vn/phu-luc/#top", "?…"],
    ["https://example.gov.vn/phu-luc/?", "?…"],
    ["https://example.gov.vn/phu-luc/taskpane.html", "không ghi tên trang"],
  ])("refuses %j, saying so in Vietnamese then English", (raw, vietnamese) => {
    const result = parseHostingAddress(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [vi, en, ...rest] = result.message.split("\n");
    expect(vi).toContain(vietnamese);
    expect(en).toMatch(/^[\x20-\x7e…]+$/);
    expect(rest).toEqual([]);
  });
});

describe("the production manifest", () => {
  const devUrls = urlsIn(manifest);

  it("is what the development manifest points at localhost (so the test below sees every URL)", () => {
    expect(devUrls.length).toBeGreaterThanOrEqual(10);
    expect(devUrls.every((url) => url.startsWith(DEV_ORIGIN))).toBe(true);
  });

  it.each([
    "https://example.gov.vn/phu-luc/",
    "https://intranet:8443/addins/phu-luc",
    "https://example.gov.vn/",
    "https://example.gov.vn/Phụ lục & mẫu/",
  ])("for %s points every URL there and passes the schemas", async (address) => {
    const hosting = parseHostingAddress(address);
    if (!hosting.ok) throw new Error(hosting.message);
    const built = await builtManifest(address);

    const urls = urlsIn(built);
    expect(urls).toHaveLength(devUrls.length);
    const outside = urls.filter((url) => !url.startsWith(hosting.base) && url !== hosting.origin);
    expect(outside).toEqual([]);
    expect(built).toContain(`<AppDomain>${hosting.origin}</AppDomain>`);
    expect(built).toContain(
      `<SourceLocation DefaultValue="${hosting.base.replace(/&/g, "&amp;")}taskpane.html"/>`,
    );
    expect(built).not.toMatch(/localhost/);
    expect(await validateManifest(built)).toEqual({ valid: true, errors: [] });
  });

  it("names only files the build writes into dist/", async () => {
    const base = "https://example.gov.vn/phu-luc/";
    const files = urlsIn(await builtManifest(base))
      .filter((url) => url.startsWith(base))
      .map((url) => url.slice(base.length));
    const emitted = new Set([
      "taskpane.html",
      "commands.html",
      ...fs.readdirSync(path.join(ROOT, "assets")).map((f) => `assets/${f}`),
    ]);
    expect(files.filter((file) => !emitted.has(file))).toEqual([]);
  });

  it("stops the build on a bad address with the sentence alone", async () => {
    await expect(
      webpackConfig({ WEBPACK_BUILD: true, url: "http://example.gov.vn/" }, { mode: "production" }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("https://"),
      stack: expect.not.stringContaining("webpack.config.js"),
    });
  });

  it("keeps localhost when no address is given (npm start, the browser test)", async () => {
    const config = await webpackConfig({}, { mode: "development" });
    const copy = config.plugins?.find((p) => p?.constructor.name === "CopyPlugin") as unknown as {
      patterns: { to?: string; transform?: unknown }[];
    };
    expect(copy.patterns.find((p) => p.to === "manifest.xml")).toEqual({
      from: "manifest.xml",
      to: "manifest.xml",
    });
  });

  it("refuses to leave a localhost URL it does not know how to move", () => {
    const odd = manifest.replace("https://localhost:3000/taskpane.html", "https://localhost/taskpane.html");
    expect(() =>
      renderProductionManifest(odd, { base: "https://example.gov.vn/", origin: "https://example.gov.vn" }),
    ).toThrow(/localhost/);
  });
});
