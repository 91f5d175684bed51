/**
 * Nothing leaves the workbook (DESIGN, "Rules of the house"), and rates come from the ledger or the rates table kept in
 * the workbook, never from outside it (issue 24): no source file under src calls the network or names an address.
 */
import fs from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "../../src");
const NETWORK = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|https?:\/\//;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

test("no file under src reaches the network (no fetch, XMLHttpRequest, WebSocket, beacon or web address)", () => {
  const files = sources(SRC);
  expect(files.length).toBeGreaterThan(100);
  const hits = files.flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) => (NETWORK.test(line) ? [`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
  expect(hits).toEqual([]);
});
