// The steps to sideload manifest.xml into Excel on the web, in Vietnamese then English (shared by
// scripts/start.js and scripts/stop.js).
const path = require("path");

const MANIFEST = path.resolve(__dirname, "..", "manifest.xml");
const PANE_URL = "https://localhost:3000/taskpane.html";

function sideloadSteps() {
  return [
    "── Chạy thử trong Excel trên web ──",
    `1. Máy chủ phát triển: npm run dev-server (phục vụ ${PANE_URL}).`,
    `2. Mở ${PANE_URL} một lần trong trình duyệt và chấp nhận chứng chỉ nếu được hỏi.`,
    "3. Mở một sổ làm việc trong Excel trên web (https://www.office.com → Excel).",
    "4. Trang đầu → Phần bổ trợ → Thêm phần bổ trợ → Phần bổ trợ của tôi → Tải lên Phần bổ trợ của tôi →",
    `   Duyệt… → chọn ${MANIFEST} → Tải lên.`,
    '5. Bấm nút "Mở Phụ lục" trên thẻ Trang đầu.',
    "Dừng: nhấn Ctrl+C ở cửa sổ máy chủ (hoặc npm stop). Phần bổ trợ tải lên sẽ mất khi đóng sổ làm việc.",
    "",
    "── Try it in Excel on the web ──",
    `1. Dev server: npm run dev-server (serves ${PANE_URL}).`,
    `2. Open ${PANE_URL} once in the browser and accept the certificate if asked.`,
    "3. Open a workbook in Excel on the web (https://www.office.com → Excel).",
    "4. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in →",
    `   Browse… → choose ${MANIFEST} → Upload.`,
    '5. Click "Open Task Annex" on the Home tab.',
    "Stop: press Ctrl+C in the server window (or npm stop). An uploaded add-in goes away when the workbook closes.",
  ].join("\n");
}

/** True where desktop Excel can exist and the optional office-addin-debugging package is installed. */
function desktopDebuggingAvailable() {
  if (process.platform !== "win32" && process.platform !== "darwin") return false;
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    return false;
  }
}

module.exports = { MANIFEST, sideloadSteps, desktopDebuggingAvailable };
