/** The generated function metadata (dist/, built by `npm test` before jest). */
import * as fs from "fs";
import * as path from "path";

const dist = path.resolve(__dirname, "../../dist");
const read = (file: string) => {
  const p = path.join(dist, file);
  if (!fs.existsSync(p)) throw new Error(`${p} is missing: run \`npm run build\` first (npm test does)`);
  return JSON.parse(fs.readFileSync(p, "utf8"));
};

test.each(["functions.json", "functions-zh-CN.json"])(
  "%s: linked data types are not passed to `any` parameters as objects",
  (file) => {
    const metadata = read(file);
    expect(metadata.allowCustomDataForDataTypeAny).toBe(false);
    expect(metadata.functions.length).toBeGreaterThan(10);
  },
);

test("the built manifest declares CustomFunctionsRuntime 1.3 and points at one origin", () => {
  const xml = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
  expect(xml).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>');
  const origin = /<AppDomain>([^<]+)<\/AppDomain>/.exec(xml)![1];
  for (const m of xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)) expect(m[1].startsWith(`${origin}/`)).toBe(true);
});
