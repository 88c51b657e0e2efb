// Kindly for Gmail: the Apps Script project in dist/gmail/ (Code.js and appsscript.json).
// `npm run build:gmail`; `npm run push:gmail` sends it to Apps Script with clasp.
// Apps Script's V8 runtime loads every file as one classic script and calls handlers by name,
// so the bundle is one file, no modules, and each handler is a global function declaration.
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const handlers = require("./src/hosts/gmail/handlers.json");

const declarations = handlers
  .map((name) => `function ${name}(e) { return Kindly.${name}(e); }`)
  .join("\n");

module.exports = (env, options) => ({
  mode: options.mode || "production",
  devtool: false,
  // A plain ECMAScript runtime: neither a browser nor Node.
  target: ["es2019"],
  entry: { Code: "./src/hosts/gmail/main.ts" },
  output: {
    path: path.resolve(__dirname, "dist/gmail"),
    filename: "[name].js",
    library: { type: "var", name: "Kindly", export: "default" },
    // One chunk, so no chunk loading: the format only has to exist.
    chunkFormat: "array-push",
    chunkLoading: false,
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { target: "ES2019" } },
        },
      },
    ],
  },
  optimization: { splitChunks: false, runtimeChunk: false },
  performance: { hints: false },
  plugins: [
    // Lazy imports (holidays, paragraph libraries) go into the one file: Apps Script has no loader.
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    new webpack.BannerPlugin({ banner: declarations, raw: true, footer: true }),
    new CopyWebpackPlugin({ patterns: [{ from: "src/hosts/gmail/appsscript.json" }] }),
  ],
});
