const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { DEV_URL, manifestFor } = require("./scripts/manifest-urls.cjs");

/** Set KINDLY_URL to the production address (ending in "/") before `npm run build`. */
const PROD_URL = process.env.KINDLY_URL || "https://kindly.example.com/";
// The chunks the pane asks for before its first screen (webpackChunkName in pane-chunk.ts and
// analysis-client.ts): their modules are one file, FIRST_SCREEN_CHUNK (splitChunks below),
// which taskpane.html preloads (PreloadFirstScreenPlugin).
const FIRST_SCREEN = new Set(["pane", "analysis"]);
const FIRST_SCREEN_CHUNK = "first-screen";

/**
 * Every file the pane loads, except its entry's own code, runs most of its code before the
 * first screen: the chunks loaded after the entry (the pane, the core's analysis, the host)
 * and the pane's packages (React, Fluent UI: `vendor` in splitChunks below). V8's compile
 * hint `//# allFunctionsCalledOnLoad` has Chromium (new Outlook, Outlook on the web, WebView2)
 * compile such a file whole while it streams it in, on a background thread, instead of
 * function by function on the main thread at first call. Entries are left as they are: the
 * pane's is the runtime and Kindly's frame (45 KB), and hinting it as well measured no sooner;
 * commands.js is one file, as classic Outlook loads it by name. Other engines read a comment.
 * Added after minification, which drops comments, and before the content hashes are computed.
 * docs/pane-speed.md gives the paired runs behind it, the preload below and the `vendor` group.
 */
class CompileHintPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CompileHintPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CompileHintPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING },
        () => {
          for (const chunk of compilation.chunks) {
            if (chunk.hasRuntime()) continue; // an entry
            for (const file of chunk.files) {
              if (!file.endsWith(".js")) continue;
              compilation.updateAsset(
                file,
                (old) => new sources.ConcatSource("//# allFunctionsCalledOnLoad\n", old)
              );
            }
          }
        }
      );
    });
  }
}

/**
 * taskpane.html asks for the first-screen chunk while it is parsed (`<link rel="preload">`),
 * not when the entry has arrived and runs early.ts: the chunk is the largest file before the
 * first screen, and unthrottled it is what the pane waits for. It measured 6–14% sooner to ready
 * unthrottled when it came in (about 1% at 4× CPU throttling, where the main thread is what
 * the pane waits for); later runs without it were within the noise at both rates. The link
 * comes after the pane's scripts, so the packages and the entry, which run first, are asked
 * for and compiled first (about 2% sooner on average over eight paired runs).
 */
class PreloadFirstScreenPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadFirstScreenPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        "PreloadFirstScreenPlugin",
        (data) => {
          if (data.outputName !== "taskpane.html") return data;
          const chunk = [...compilation.chunks].find((c) => c.name === FIRST_SCREEN_CHUNK);
          const files = [...(chunk?.files ?? [])].filter((file) => file.endsWith(".js"));
          const links = files.map((href) =>
            HtmlWebpackPlugin.createHtmlTagObject("link", { rel: "preload", as: "script", href })
          );
          return { ...data, headTags: [...data.headTags, ...links] };
        }
      );
    });
  }
}

/** One HTML page of the add-in with its entry's scripts (unminified: they are tiny). */
function page(filename, template, chunk) {
  return new HtmlWebpackPlugin({ filename, template, chunks: [chunk], minify: false });
}

async function httpsOptions() {
  // office-addin-dev-certs makes and trusts a localhost certificate where it can;
  // where it cannot (no root, no certificate store), the simulator runs on http.
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 15000)),
    ]);
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(
      `Kindly: no trusted localhost certificate (${error.message}); serving the simulator on http.`
    );
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const url = dev ? DEV_URL : PROD_URL;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      simulator: "./src/hosts/simulator/page.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Classic Outlook on Windows fetches the send-time handler by the fixed address in the
      // manifest (Runtime Override type="javascript"), so that one bundle keeps a plain name.
      filename: (pathData) =>
        pathData.chunk && pathData.chunk.name === "commands"
          ? "commands.js"
          : "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Kindly's own makeStyles are resolved to class names at build time, as Fluent's
            // are in its packages: at run time the pane only inserts the rules, it does not
            // compute them (a measurable part of the pane's first screen).
            {
              loader: "@griffel/webpack-loader",
              options: {
                modules: [
                  {
                    moduleSource: "@fluentui/react-components",
                    importName: "makeStyles",
                    resetImportName: "makeResetStyles",
                  },
                ],
              },
            },
            { loader: "ts-loader", options: { transpileOnly: true } },
          ],
        },
      ],
    },
    optimization: {
      splitChunks: {
        // Chunks loaded on demand share their modules as webpack splits them, except the
        // analysis worker (analysis-client.ts): it is one file, fetched whole when a huge
        // thread starts it, not a string of importScripts one after the other.
        chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== "kindly-analysis",
        cacheGroups: {
          // Except what the first screen needs (pane-chunk.ts, analysis-client.ts): the
          // pane's cards and the core's analysis come as one file, not the eight that sharing
          // split them into, for each file is a request and a script task of its own before
          // the pane is ready (README, the pane's "Speed"). Other chunks take those modules
          // from it too, rather than carry copies. The hosts' own modules stay apart: a page
          // needs one.
          firstScreen: {
            name: FIRST_SCREEN_CHUNK,
            test: (module, { chunkGraph }) =>
              [...chunkGraph.getModuleChunksIterable(module)].some((chunk) =>
                FIRST_SCREEN.has(chunk.name)
              ),
            enforce: true,
            priority: 20,
          },
          // The pane entry's packages (React, React DOM, Fluent UI) are a file of their own, so
          // they carry the compile hint (CompileHintPlugin) and stream in beside the entry, for
          // most of their code runs before the first screen. 14% sooner to ready at 4× CPU
          // throttling, 9% unthrottled.
          vendor: {
            name: "vendor",
            test: /[\\/]node_modules[\\/]/,
            chunks: (chunk) => chunk.name === "taskpane",
            enforce: true,
            priority: 30,
          },
        },
      },
    },
    performance: { hints: false },
    // html-webpack-plugin writes the pages; webpack's own HTML pipeline stays off.
    experiments: { html: false },
    plugins: [
      // A Microsoft Graph client ID for the whole organisation (README: "Microsoft Graph").
      new webpack.DefinePlugin({
        "process.env.KINDLY_GRAPH_CLIENT_ID": JSON.stringify(
          process.env.KINDLY_GRAPH_CLIENT_ID || ""
        ),
      }),
      new CompileHintPlugin(),
      new PreloadFirstScreenPlugin(),
      page("taskpane.html", "./src/taskpane/taskpane.html", "taskpane"),
      page("commands.html", "./src/commands/commands.html", "commands"),
      page("index.html", "./src/hosts/simulator/simulator.html", "simulator"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Loads ICU's data while the pane's script is on its way (the file says why).
          { from: "src/taskpane/warm-intl.js", to: "warm-intl.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content.toString(), url),
          },
        ],
      }),
    ],
    devServer: {
      static: false,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? await httpsOptions() : "http",
      port: Number(process.env.PORT || 3000),
      open: false,
      onListening: (server) => {
        const scheme = server.options.server.type === "https" ? "https" : "http";
        console.log(
          `\nKindly simulator: ${scheme}://localhost:${server.options.port}/  (task pane alone: /taskpane.html?host=simulator)\n`
        );
      },
      client: { overlay: { warnings: false } },
    },
  };
};
