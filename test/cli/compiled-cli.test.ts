/**
 * The compiled `annex` command (scripts/build-cli.js, run by `npm ci` through `prepare`) behaves exactly like
 * the TypeScript sources run through tsx, and bin/annex.js only uses it while it is up to date.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { ROOT } from "./cli-helpers";

// Plain JavaScript modules shared with `npm ci`; required, not imported, as bin/annex.js requires them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli } = require("../../scripts/build-cli") as { buildCli: (outDir: string) => Promise<string> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freshCompiledCli } = require("../../bin/compiled-cli") as {
  freshCompiledCli: (outDir: string) => string | undefined;
};

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(nodeArgs: readonly string[], args: readonly string[]): Run {
  const result = spawnSync(process.execPath, [...nodeArgs, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SEED = path.join(ROOT, "examples", "phuong-bac-son.xlsx");

let outDir = "";
let compiled = "";

beforeAll(async () => {
  // Beside the real build (build/cli), so the bundle finds node_modules the same way.
  fs.mkdirSync(path.join(ROOT, "build"), { recursive: true });
  outDir = fs.mkdtempSync(path.join(ROOT, "build", "test-"));
  compiled = await buildCli(outDir);
});

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe("the compiled annex command", () => {
  it("is what the prepare step (run by npm ci) builds, into a gitignored folder", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts["prepare"]).toBe("node scripts/build-cli.js");
    expect(fs.statSync(compiled).isFile()).toBe(true);
    expect(freshCompiledCli(outDir)).toBe(compiled);
    const gitignore = fs.readFileSync(path.join(ROOT, ".gitignore"), "utf8").split("\n");
    expect(gitignore).toContain("build/");
    expect(path.relative(ROOT, compiled).split(path.sep)[0]).toBe("build");
  });

  it.each([
    ["--help", ["--help"]],
    ["--help in English", ["--help", "--lang", "en"]],
    ["a usage error", ["validate", "--year", "-2024"]],
    ["a small validate", ["validate", "--year", "2024", "--as-of", "2024-11-20", SEED]],
  ])("gives the same output as the sources through tsx: %s", (_name, args) => {
    const fromSources = run(["--require", "tsx/cjs", path.join(ROOT, "src", "cli", "main.ts")], args);
    const fromBuild = run([compiled], args);
    expect(fromSources.stdout.length + fromSources.stderr.length).toBeGreaterThan(0);
    expect(fromBuild).toEqual(fromSources);
  });

  it("is not used once a source it was built from has changed, or when half built", () => {
    const inputsFile = path.join(outDir, "inputs.json");
    const inputs = fs.readFileSync(inputsFile, "utf8");
    const recorded = JSON.parse(inputs) as Record<string, { size: number; mtimeMs: number }>;
    const main = Object.keys(recorded).find((file) => file.endsWith(path.join("src", "cli", "main.ts")));
    expect(main).toBeDefined();
    try {
      fs.writeFileSync(
        inputsFile,
        JSON.stringify({ ...recorded, [main!]: { ...recorded[main!], mtimeMs: 1 } }),
      );
      expect(freshCompiledCli(outDir)).toBeUndefined();
      fs.writeFileSync(inputsFile, JSON.stringify({ ...recorded, "../gone.ts": { size: 1, mtimeMs: 1 } }));
      expect(freshCompiledCli(outDir)).toBeUndefined();
      fs.rmSync(inputsFile);
      expect(freshCompiledCli(outDir)).toBeUndefined();
    } finally {
      fs.writeFileSync(inputsFile, inputs);
    }
    expect(freshCompiledCli(outDir)).toBe(compiled);
  });

  // Prints, as the process ends, whether any module of exceljs was loaded.
  function probe(): string {
    const file = path.join(outDir, "probe.js");
    fs.writeFileSync(
      file,
      "process.on('exit', () => process.stderr.write('exceljs loaded: ' + " +
        "Object.keys(require.cache).some((file) => /node_modules[\\\\/]exceljs[\\\\/]/.test(file))));\n",
    );
    return file;
  }

  it.each([
    ["compiled", (): string[] => [compiled]],
    ["through tsx", (): string[] => ["--require", "tsx/cjs", path.join(ROOT, "src", "cli", "main.ts")]],
  ])(
    "does not load the spreadsheet library for --help (%s), which keeps start-up short",
    (_name, command) => {
      const help = run(["--require", probe(), ...command()], ["--help"]);
      expect(help.status).toBe(0);
      expect(help.stderr).toBe("exceljs loaded: false");
    },
  );

  it("loads it for a command that reads a workbook (the probe sees it when it is loaded)", () => {
    const validate = run(
      ["--require", probe(), compiled],
      ["validate", "--year", "2024", "--as-of", "2024-11-20", SEED],
    );
    expect(validate.stderr).toBe("exceljs loaded: true");
  });
});
