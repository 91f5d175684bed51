#!/usr/bin/env node
/*
 * Rewrites the README's pictures (docs/images): builds, then runs the two browser tests that take them with
 * AR_LENS_README_IMAGES=1. Without it those tests write the same pictures under test-output/readme-images.
 */
const { execSync } = require("child_process");

const run = (command, env = {}) => execSync(command, { stdio: "inherit", env: { ...process.env, ...env } });
run("npm run build");
run("npx jest --selectProjects e2e --testPathPatterns test/e2e/desk.e2e.ts test/e2e/report.e2e.ts -w 1", {
  AR_LENS_README_IMAGES: "1",
});
