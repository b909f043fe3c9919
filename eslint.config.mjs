// ESLint flat config: TypeScript rules everywhere, the core boundary (DESIGN §8), Office add-in rules on
// the Office adapter. `npm run lint` runs it with --max-warnings 0.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "test-artifacts/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // The core is pure: nothing from Office, React, exceljs, Node or the DOM.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react-*",
                "@fluentui/*",
                "exceljs",
                "node:*",
                "fs",
                "path",
                "os",
                "child_process",
              ],
              message: "src/core must stay pure (DESIGN §8).",
            },
            {
              group: ["**/office/**", "**/file/**", "**/cli/**", "**/taskpane/**"],
              message: "src/core must not import adapters or UI.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Office",
        "Excel",
        "process",
        "OfficeExtension",
      ],
    },
  },
  {
    files: ["src/office/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddins.configs.recommended.rules,
    },
  },
  {
    files: ["src/cli/**/*.ts", "bin/**", "test/**", "bench/**", "scripts/**"],
    rules: { "no-console": "off" },
  },
);
