/** Building the task pane with the project's own webpack config, for the browser test and the bench. */
import * as path from "path";
import webpack from "webpack";
import type { Configuration, Stats } from "webpack";

const ROOT = path.resolve(__dirname, "../..");

/** Runs webpack once; a build with errors rejects with webpack's error text. */
export function compile(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error("webpack returned no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

/**
 * A webpack config file (by default the project's) in production mode, from the repository root; the file
 * exports a config, or a function of env and argv.
 */
export async function productionConfig(file = path.join(ROOT, "webpack.config.js")): Promise<Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported: unknown = require(file);
  const config =
    typeof exported === "function"
      ? await (exported as (env: unknown, argv: unknown) => Configuration | Promise<Configuration>)(
          { production: true },
          { mode: "production" },
        )
      : (exported as Configuration);
  return { ...config, mode: "production", context: ROOT };
}
