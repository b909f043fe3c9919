// Webpack: the task pane and the ribbon's function file, plus the manifest and icons, into dist/; and the
// web page for offices whose Excel cannot run add-ins: dist/app.html and the self-contained
// dist/app-offline.html (src/app/, README).
// `npm run build` → minified production bundle; `npm run build -- --env url=https://host/folder/` → the
// same with dist/manifest.xml pointing at that address (README, "Cài đặt cho cơ quan"); `npm run
// dev-server` → https://localhost:3000 with the Office dev certificates (office-addin-dev-certs).
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { parseHostingAddress, renderProductionManifest } = require("./scripts/production-manifest");
const { InlineAppPlugin } = require("./scripts/inline-app-plugin");

const DEV_PORT = 3000;

const CERT_HELP = [
  "Không cài được chứng chỉ phát triển của Office (https://localhost). / Could not install the Office dev certificates.",
  "  Cách sửa / To fix: npx office-addin-dev-certs install   (chạy lại với quyền quản trị nếu được hỏi / rerun as administrator if asked)",
  "  Kiểm tra / Check:  npx office-addin-dev-certs verify",
  "  Tạm thời dùng chứng chỉ tự ký của webpack-dev-server: trình duyệt sẽ cảnh báo, Excel có thể từ chối tải ngăn.",
  "  Falling back to webpack-dev-server's self-signed certificate: browsers will warn and Excel may refuse the pane.",
].join("\n");

/** HTTPS options from the Office dev certificates, or webpack-dev-server's own when they cannot be had. */
async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(`${CERT_HELP}\n  (${error && error.message ? error.message : error})`);
    return { type: "https" };
  }
}

/**
 * How dist/manifest.xml is copied: as it is (localhost, for development), or pointing at `--env url=…`.
 * A bad address stops the build with a message saying what is wrong.
 */
function manifestPattern(env, development) {
  const pattern = { from: "manifest.xml", to: "manifest.xml" };
  if (env.url === undefined) {
    if (env.WEBPACK_BUILD && !env.WEBPACK_SERVE && !development) {
      console.warn(
        "dist/manifest.xml trỏ tới https://localhost:3000; để cài cho cơ quan: npm run build -- --env url=https://ten-mien/thu-muc/\n" +
          "dist/manifest.xml points at https://localhost:3000; for an office: npm run build -- --env url=https://host/folder/",
      );
    }
    return pattern;
  }
  const hosting = parseHostingAddress(env.url);
  if (!hosting.ok) {
    // webpack-cli prints the stack of an error from the config; for a mistyped address only the sentence helps.
    const error = new Error(hosting.message);
    error.stack = hosting.message;
    throw error;
  }
  return { ...pattern, transform: (content) => renderProductionManifest(content.toString("utf8"), hosting) };
}

module.exports = async (env = {}, argv = {}) => {
  const development = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const manifest = manifestPattern(env, development);
  return {
    mode: development ? "development" : "production",
    devtool: development ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      app: "./src/app/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: development ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // The web page runs the CLI's file adapter (src/file/browser.ts): exceljs from its own sources (not
      // its prebuilt bundle, whose internals the adapter's fixes could not reach), the byte platform on
      // the browser's APIs, and npm ports of the Node modules exceljs's stream code asks for.
      alias: {
        exceljs$: require.resolve("exceljs/lib/exceljs.bare.js"),
        [path.resolve(__dirname, "src/file/platform")]: path.resolve(
          __dirname,
          "src/file/platform-browser.ts",
        ),
      },
      fallback: {
        buffer: require.resolve("buffer/"),
        events: require.resolve("events/"),
        stream: require.resolve("readable-stream"),
        crypto: false,
        fs: false,
        os: false,
        path: false,
        util: false,
        zlib: false,
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; the bundle only needs JavaScript (ES modules so
            // webpack can drop unused code).
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({ filename: "app.html", template: "./src/app/app.html", chunks: ["app"] }),
      new InlineAppPlugin({
        chunk: "app",
        template: path.resolve(__dirname, "src/app/app.html"),
        filename: "app-offline.html",
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, manifest],
      }),
    ],
    optimization: { minimize: !development },
    performance: { hints: false },
    devServer: serving
      ? {
          port: DEV_PORT,
          server: await httpsServer(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: { directory: path.resolve(__dirname, "dist") },
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
