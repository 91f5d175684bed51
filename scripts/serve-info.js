/*
 * What `npm start` prints once the dev server is up. When it serves plain HTTP (no Office dev certificates, or
 * AR_LENS_HTTP=1), the manifest still says HTTPS (Office loads add-ins only over HTTPS): the banner says so in
 * plain words, so nobody sideloads a manifest Excel cannot load.
 */
function startBanner({ https, port }) {
  const base = `${https ? "https" : "http"}://localhost:${port}`;
  const lines = [
    "",
    "AR Lens is running.",
    `  Preview (no Excel needed): ${base}/preview.html`,
    `  Taskpane for Excel:        ${base}/taskpane.html`,
    `  Functions metadata:        ${base}/functions.json`,
    `  Manifest for this port:    ${base}/manifest.xml`,
  ];
  if (!https) {
    lines.push(
      "",
      `  WARNING: this server speaks HTTP, but the manifest points Excel at https://localhost:${port}.`,
      "  Excel will NOT load the add-in from this server; the preview works.",
      "  To use it in Excel: run `npm run certs` once, then `npm start` again (HTTPS).",
    );
  } else {
    lines.push("  Sideload the manifest above into Excel (see README: 'Run it in Excel').");
  }
  lines.push("Press Ctrl+C to stop.");
  return lines.join("\n");
}

module.exports = { startBanner };
