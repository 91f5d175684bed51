/** Where the built manifest points Excel (scripts/manifest-url.js) and what `npm start` says (scripts/serve-info.js). */
import * as fs from "fs";
import * as path from "path";

const { rewriteManifest } = require("../../scripts/manifest-url") as {
  rewriteManifest: (xml: string, o: { url?: string | null; port?: number }) => string;
};
const { startBanner } = require("../../scripts/serve-info") as {
  startBanner: (o: { https: boolean; port: number }) => string;
};

const root = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const urls = (xml: string) => [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
const appDomains = (xml: string) => [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);

describe("the manifest URL rewrite", () => {
  test.each(["https://addins.example.com/ar-lens/", "https://addins.example.com/ar-lens"])(
    "production %s: every URL and the AppDomain, slash or not",
    (url) => {
      const out = rewriteManifest(manifest, { url, port: 3000 });
      expect(out).not.toContain("localhost");
      expect(appDomains(out)).toEqual(["https://addins.example.com"]);
      expect(urls(out).length).toBe(urls(manifest).length);
      for (const u of urls(out)) expect(u).toMatch(/^https:\/\/addins\.example\.com\/ar-lens\/[^/]/);
      expect(out).toContain('"https://addins.example.com/ar-lens/taskpane.html"');
    },
  );

  test("AR_LENS_PORT reaches the manifest when no URL is given (development and a local build)", () => {
    const out = rewriteManifest(manifest, { url: null, port: 3443 });
    expect(out).not.toContain("localhost:3000");
    expect(appDomains(out)).toEqual(["https://localhost:3443"]);
    expect(out).toContain('"https://localhost:3443/functions.json"');
    expect(rewriteManifest(manifest, { port: 3000 })).toBe(manifest);
  });

  test("an HTTP or malformed URL fails the build with a reason", () => {
    expect(() => rewriteManifest(manifest, { url: "http://example.com/" })).toThrow(/must use HTTPS/);
    expect(() => rewriteManifest(manifest, { url: "example.com/ar" })).toThrow(/not a URL/);
  });
});

describe("npm start's banner", () => {
  test("over HTTP it says plainly that Excel will not load the add-in, and how to fix it", () => {
    const text = startBanner({ https: false, port: 3001 });
    expect(text).toContain("http://localhost:3001/preview.html");
    expect(text).toMatch(/WARNING: this server speaks HTTP, but the manifest points Excel at https:\/\/localhost:3001/);
    expect(text).toMatch(/npm run certs/);
  });
  test("over HTTPS it points at the manifest to sideload", () => {
    const text = startBanner({ https: true, port: 3000 });
    expect(text).not.toMatch(/WARNING/);
    expect(text).toContain("https://localhost:3000/manifest.xml");
  });
});
