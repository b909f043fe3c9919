// npm stop: undo npm start — stop desktop debugging (office-addin-debugging) or the dev server that
// npm start launched (by the pid it recorded, nothing else). In CI there is nothing to stop.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { MANIFEST, desktopDebuggingAvailable } = require("./sideload-steps");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

function stopDevServer() {
  if (!fs.existsSync(PID_FILE)) {
    console.log(
      "Không có máy chủ phát triển nào do npm start chạy. / No dev server started by npm start is running.",
    );
    return 0;
  }
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  fs.rmSync(PID_FILE, { force: true });
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Đã dừng máy chủ phát triển (pid ${pid}). / Dev server stopped (pid ${pid}).`);
  } catch {
    console.log(`Máy chủ (pid ${pid}) đã dừng từ trước. / The dev server (pid ${pid}) had already stopped.`);
  }
  console.log(
    "Trong Excel trên web, phần bổ trợ tải lên sẽ mất khi đóng sổ làm việc. / In Excel on the web, the uploaded add-in goes away when the workbook closes.",
  );
  return 0;
}

function main() {
  if (process.env.CI) {
    console.log("CI: không có gì để dừng. / CI: nothing to stop.");
    return 0;
  }
  if (desktopDebuggingAvailable()) {
    const result = spawnSync(NPX, ["office-addin-debugging", "stop", MANIFEST, "desktop", "--app", "excel"], {
      cwd: ROOT,
      stdio: "inherit",
      // Windows runs npx.cmd only through a shell (Node refuses .cmd files otherwise).
      shell: process.platform === "win32",
    });
    return result.status ?? 1;
  }
  return stopDevServer();
}

process.exitCode = main();
