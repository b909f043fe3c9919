/** Jest: TypeScript through ts-jest (type checking is done once by `npm run typecheck`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 120000,
  // Never in band (on a 2-core machine Jest's default of cores − 1 runs every suite in its own process):
  // suites run in worker processes, so a crash in native code (a rare segfault was seen in one full run)
  // ends a worker, whose suite Jest retries, instead of the whole run.
  maxWorkers: 2,
};
