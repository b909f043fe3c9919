// Preloaded (`node -r`) into a benchmarked process: at exit, appends the process's peak resident memory
// (kilobytes, the operating system's own figure) to the file named by ANNEX_BENCH_PEAK_FILE.
const fs = require("fs");

const file = process.env.ANNEX_BENCH_PEAK_FILE;
if (file) {
  process.on("exit", () => {
    fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
