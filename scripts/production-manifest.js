// The manifest of a production build: every https://localhost:3000 URL of manifest.xml replaced by the
// address the office hosts dist/ at (`npm run build -- --env url=https://…/`). Used by webpack.config.js;
// checked by test/production-manifest.test.ts. Plain CommonJS so webpack's config can require it.

const { URL } = require("url");

/** Where manifest.xml points during development (`npm start`, `npm run dev-server`). */
const DEV_ORIGIN = "https://localhost:3000";

/** Messages for the person running the build: a Vietnamese line, then the same in English (no --lang here). */
const bilingual = (vi, en) => `${vi}\n${en}`;
const MESSAGES = {
  missing: () =>
    bilingual(
      "Thiếu địa chỉ: dùng --env url=https://ten-mien/thu-muc/",
      "The address is missing: use --env url=https://host/folder/",
    ),
  malformed: (raw) =>
    bilingual(
      `Địa chỉ không hợp lệ: "${raw}". Ví dụ đúng: https://example.gov.vn/phu-luc/`,
      `Not a valid address: "${raw}". For example: https://example.gov.vn/phu-luc/`,
    ),
  notHttps: (raw) =>
    bilingual(
      `Địa chỉ phải bắt đầu bằng https:// (Excel chỉ tải phần bổ trợ qua HTTPS): "${raw}"`,
      `The address must start with https:// (Excel only loads add-ins over HTTPS): "${raw}"`,
    ),
  credentials: (raw) =>
    bilingual(
      `Địa chỉ không được chứa tên đăng nhập hay mật khẩu: "${raw}"`,
      `The address must not contain a user name or password: "${raw}"`,
    ),
  queryOrFragment: (raw) =>
    bilingual(
      `Địa chỉ không được có phần ?… hay #…; hãy ghi thư mục chứa dist/: "${raw}"`,
      `The address must not have a ?… or #… part; give the folder that holds dist/: "${raw}"`,
    ),
  page: (raw) =>
    bilingual(
      `Hãy ghi thư mục chứa dist/, không ghi tên trang: "${raw}"`,
      `Give the folder that holds dist/, not a page: "${raw}"`,
    ),
};

/**
 * Checks the address dist/ will be served from and normalises it to end in "/".
 * `raw` is what webpack-cli passes for `--env url=…` (`true` when the value was left out).
 * @param {unknown} raw
 * @returns {{ ok: true, base: string, origin: string } | { ok: false, message: string }}
 */
function parseHostingAddress(raw) {
  if (typeof raw !== "string" || raw.trim() === "") return { ok: false, message: MESSAGES.missing() };
  const text = raw.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return { ok: false, message: MESSAGES.malformed(text) };
  let url;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: MESSAGES.malformed(text) };
  }
  if (url.protocol !== "https:") return { ok: false, message: MESSAGES.notHttps(text) };
  if (url.hostname === "") return { ok: false, message: MESSAGES.malformed(text) };
  if (url.username !== "" || url.password !== "") return { ok: false, message: MESSAGES.credentials(text) };
  // A bare "?" or "#" leaves url.search and url.hash empty, so look at the text too.
  if (/[?#]/.test(text)) return { ok: false, message: MESSAGES.queryOrFragment(text) };
  if (/\.html?$/i.test(url.pathname)) return { ok: false, message: MESSAGES.page(text) };
  const pathname = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { ok: true, base: `${url.origin}${pathname}`, origin: url.origin };
}

/** The text as it may stand in an XML attribute or element. */
function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * manifest.xml with every development URL pointing at `hosting` instead (from parseHostingAddress):
 * pages and icons under its folder, the AppDomain its origin. Throws if a localhost URL would be left,
 * which means manifest.xml gained a URL of a shape this does not know.
 * @param {string} xml
 * @param {{ base: string, origin: string }} hosting
 * @returns {string}
 */
function renderProductionManifest(xml, hosting) {
  const rendered = xml
    .split(`>${DEV_ORIGIN}<`)
    .join(`>${escapeXml(hosting.origin)}<`)
    .split(`${DEV_ORIGIN}/`)
    .join(escapeXml(hosting.base));
  if (/localhost/i.test(rendered)) {
    throw new Error(`manifest.xml still mentions localhost after pointing it at ${hosting.base}`);
  }
  return rendered;
}

module.exports = { DEV_ORIGIN, parseHostingAddress, renderProductionManifest };
