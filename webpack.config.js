/*
 * AR Lens build. Follows Microsoft's shared-runtime template (OfficeDev/Excel-Custom-Functions-Shared):
 * functions.json generated from JSDoc by custom-functions-metadata-plugin, taskpane.html loading the functions
 * bundle too (one shared runtime), HTTPS dev server on port 3000. Differences, on purpose:
 *  - ts-loader instead of babel (one TypeScript compiler for build and tests);
 *  - functions-zh-CN.json is built from the generated functions.json plus src/functions/i18n/zh-CN.json
 *    (generated metadata cannot be localized; the manifest points zh-CN at this file);
 *  - a preview page (dist/preview.html) runs the same taskpane and functions bundle without Excel;
 *  - the dev server uses the Office dev certificates when installed (`npm run certs`), else plain HTTP on
 *    localhost for the preview (see scripts/start.js);
 *  - the manifest URL rewrite (scripts/manifest-url.js) replaces every occurrence, the AppDomain included, takes
 *    AR_LENS_URL with or without a trailing slash, and applies AR_LENS_PORT in development too.
 */
const fs = require("fs");
const path = require("path");
const os = require("os");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsPlugin } = require("./scripts/localized-functions-plugin");

const { rewriteManifest } = require("./scripts/manifest-url");

const port = Number(process.env.AR_LENS_PORT || 3000);

const functionModules = require("./src/functions/modules.json");

function devServerTransport() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", key: "localhost.key", cert: "localhost.crt" };
  const present = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
  if (process.env.AR_LENS_HTTP === "1" || !present) return { type: "http" };
  return {
    type: "https",
    options: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))])),
  };
}

// The pages, each with the entry chunks it loads in order (the taskpane loads the functions bundle too: one
// shared runtime). A page whose entry file is not there yet is left out of the build.
const PAGES = [
  {
    filename: "taskpane.html",
    template: "./src/taskpane/taskpane.html",
    chunks: { functions: "./src/functions/functions.ts", taskpane: "./src/taskpane/index.tsx" },
  },
  {
    filename: "preview.html",
    template: "./src/preview/preview.html",
    chunks: {
      previewShim: "./src/preview/customFunctionsShim.ts",
      functions: "./src/functions/functions.ts",
      preview: "./src/preview/index.tsx",
    },
  },
].filter((page) => Object.values(page.chunks).every((file) => fs.existsSync(path.resolve(__dirname, file))));

// The analysis worker (src/taskpane/analysis/analyzeOffThread.ts) is its own entry, analysisWorker.js beside the pages:
// same origin as the taskpane (no blob: URL for a page's worker-src to refuse), loaded by no page.
const entries = Object.assign(
  { functions: "./src/functions/functions.ts", analysisWorker: "./src/taskpane/analysis/analysisWorker.ts" },
  ...PAGES.map((page) => page.chunks),
);

module.exports = (env, argv) => {
  const dev = argv.mode === "development";
  const pages = PAGES.map(
    (page) =>
      new HtmlWebpackPlugin({
        filename: page.filename,
        template: page.template,
        chunks: Object.keys(page.chunks),
        chunksSortMode: "manual",
      }),
  );
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: entries,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionModules }),
      new LocalizedFunctionsPlugin({
        source: "functions.json",
        // Decision: linked data types (Stocks, Geography…) reach `any` parameters as their plain value, not as
        // entity objects the functions do not read (custom-functions-metadata always emits true).
        metadata: { allowCustomDataForDataTypeAny: false },
        locales: { "zh-CN": path.resolve(__dirname, "src/functions/i18n/zh-CN.json") },
      }),
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              // Production: AR_LENS_URL (your deployment), else localhost at AR_LENS_PORT; development: localhost at
              // AR_LENS_PORT. Every URL and the AppDomain (scripts/manifest-url.js).
              return rewriteManifest(content.toString(), { url: dev ? null : process.env.AR_LENS_URL, port });
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devServerTransport(),
      port,
      host: "localhost",
      open: false,
      client: { overlay: { warnings: false, errors: true } },
      static: false,
    },
  };
};
