/**
 * Serves dist/ (built by `npm test` before jest runs) on a free localhost port for the browser tests. Decision:
 * the built files, not the webpack dev server, so the suite does not compile twice; `npm start` serves the same
 * pages from the dev server.
 */
import { createReadStream, existsSync, statSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { extname, join, normalize } from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain",
};

export const DIST = join(__dirname, "../../dist");

export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(DIST, "preview.html")))
    throw new Error(`${DIST}/preview.html is missing: run \`npm run build\` first (npm test does it).`);
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(/^([/\\])+/, "");
    const file = join(DIST, path || "preview.html");
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
