#!/usr/bin/env node
/*
 * `npm start`: serves the add-in (taskpane.html, functions.js/json, manifest) and the browser preview from the
 * webpack dev server on port 3000, and prints where to go. HTTPS with the Office dev certificates when they are
 * installed (`npm run certs`, needed to sideload into Excel); otherwise plain HTTP on localhost, which is enough
 * for the preview on a machine without Excel — and the banner warns that Excel cannot load the add-in over HTTP.
 * AR_LENS_PORT (default 3000) sets the port, and the manifest served at /manifest.xml points at that port.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const { startBanner } = require("./serve-info");

const port = Number(process.env.AR_LENS_PORT || 3000);
const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const https =
  process.env.AR_LENS_HTTP !== "1" &&
  ["ca.crt", "localhost.key", "localhost.crt"].every((f) => fs.existsSync(path.join(certDir, f)));

const webpack = path.join(__dirname, "..", "node_modules", "webpack", "bin", "webpack.js");
const server = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, AR_LENS_PORT: String(port) },
});

let announced = false;
server.stdout.on("data", (chunk) => {
  const text = chunk.toString();
  if (process.env.AR_LENS_VERBOSE) process.stdout.write(text);
  if (!announced && /compiled (successfully|with \d+ warning)/i.test(text)) {
    announced = true;
    console.log(startBanner({ https, port }));
  } else if (/compiled with \d+ error|ERROR in/i.test(text)) {
    process.stdout.write(text);
  }
});
server.on("exit", (code) => process.exit(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
