// npm start: sideload into desktop Excel where it exists (Windows/macOS with the optional
// office-addin-debugging installed); elsewhere build, start the dev server and print the steps to
// sideload into Excel on the web. In CI it only prints the steps and exits 0: nothing may hang there.
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { MANIFEST, sideloadSteps, desktopDebuggingAvailable } = require("./sideload-steps");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

function run(command, args) {
  // Windows runs npx.cmd only through a shell (Node refuses .cmd files otherwise).
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** webpack's CLI run by this Node directly, so the recorded pid is the server itself (npm stop ends it). */
const WEBPACK = [process.execPath, require.resolve("webpack-cli/bin/cli.js")];

function main() {
  if (process.env.CI) {
    console.log(sideloadSteps());
    return 0;
  }
  if (desktopDebuggingAvailable()) {
    return run(NPX, ["office-addin-debugging", "start", MANIFEST, "desktop", "--app", "excel"]);
  }
  const built = run(WEBPACK[0], [WEBPACK[1], "--mode", "development"]);
  if (built !== 0) return built;
  console.log(sideloadSteps());
  const server = spawn(WEBPACK[0], [WEBPACK[1], "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(server.pid));
  server.on("exit", (code) => {
    fs.rmSync(PID_FILE, { force: true });
    process.exit(code ?? 0);
  });
  return undefined;
}

const code = main();
if (code !== undefined) process.exitCode = code;
