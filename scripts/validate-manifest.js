#!/usr/bin/env node
/*
 * `npm run validate`: offline manifest validation — office-addin-manifest's own reader (parses the manifest the way
 * the Office tooling does) plus AR Lens's structural checks (scripts/manifest-checks.js). No network.
 * For Microsoft's online validator use `npm run validate:online` (needs internet).
 */
const fs = require("fs");
const path = require("path");
const { OfficeAddinManifest } = require("office-addin-manifest");
const { checkManifest } = require("./manifest-checks");

async function main() {
  const file = path.resolve(process.argv[2] || "manifest.xml");
  const info = await OfficeAddinManifest.readManifestFile(file);
  console.log(
    `Manifest: ${info.displayName} ${info.version} (${info.officeAppType}, hosts: ${(info.hosts || []).join(", ")})`,
  );
  const problems = await checkManifest(fs.readFileSync(file, "utf8"), {
    assetsDir: path.join(path.dirname(file), "assets"),
  });
  if (problems.length) {
    console.error(`The manifest has ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log("The manifest is valid (offline checks). For Microsoft's online validation: npm run validate:online");
}

main().catch((e) => {
  console.error(`Manifest validation failed: ${e.message}`);
  process.exit(1);
});
