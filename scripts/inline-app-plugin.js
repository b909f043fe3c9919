// Webpack plugin: writes dist/app-offline.html, the web page as ONE self-contained file (its script
// inlined in the HTML), for offices that save the page and open it from disk with no network at all.
const fs = require("fs");

/** `</script` or `<!--` inside the script would end or confuse the HTML element: `\x3C` means `<` in JS. */
function scriptSafe(js) {
  return js.replace(/<\/script/gi, "\\x3C/script").replace(/<!--/g, "\\x3C!--");
}

class InlineAppPlugin {
  /** `chunk`: the entry to inline; `template`: the page's HTML (with `</body>`); `filename`: the output. */
  constructor({ chunk, template, filename }) {
    this.options = { chunk, template, filename };
  }

  apply(compiler) {
    const { chunk, template, filename } = this.options;
    compiler.hooks.thisCompilation.tap("InlineAppPlugin", (compilation) => {
      const { Compilation, sources } = compiler.webpack;
      compilation.hooks.processAssets.tap(
        { name: "InlineAppPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          const entry = compilation.namedChunks.get(chunk);
          if (!entry) throw new Error(`InlineAppPlugin: no chunk named ${chunk}`);
          const scripts = [...entry.files]
            .filter((file) => file.endsWith(".js"))
            .map((file) => scriptSafe(assets[file].source().toString()));
          const html = fs.readFileSync(template, "utf8");
          if (!html.includes("</body>")) throw new Error(`InlineAppPlugin: ${template} has no </body>`);
          const inlined = html.replace(
            "</body>",
            () => scripts.map((js) => `<script>${js}</script>\n`).join("") + "</body>",
          );
          compilation.emitAsset(filename, new sources.RawSource(inlined));
        },
      );
    });
  }
}

module.exports = { InlineAppPlugin, scriptSafe };
