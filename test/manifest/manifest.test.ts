/** The offline manifest checks (`npm run validate`): the real manifest passes, and each kind of breakage is caught. */
import * as fs from "fs";
import * as path from "path";

const { checkManifest } = require("../../scripts/manifest-checks") as {
  checkManifest: (xml: string, options?: { assetsDir?: string }) => Promise<string[]>;
};

const root = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const assetsDir = path.join(root, "assets");

async function problemsAfter(edit: (xml: string) => string): Promise<string[]> {
  const changed = edit(manifest);
  expect(changed).not.toBe(manifest); // the edit must really change something
  return checkManifest(changed, { assetsDir });
}

describe("manifest.xml offline checks", () => {
  it("passes as committed", async () => {
    expect(await checkManifest(manifest, { assetsDir })).toEqual([]);
  });

  it("declares the AR namespace and one shared runtime", () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="AR"\/>/);
    expect(manifest.match(/lifetime="long"/g)).toHaveLength(1);
  });

  it.each([
    [
      "schema order",
      (x: string) => x.replace(/(<Version>.*?<\/Version>)\s*(<ProviderName>.*?<\/ProviderName>)/, "$2\n  $1"),
      /out of schema order/,
    ],
    [
      "undefined resid",
      (x: string) => x.replace('<Label resid="ARLens.Group.Label"/>', '<Label resid="Nope.Label"/>'),
      /not defined/,
    ],
    [
      "HTTP url",
      (x: string) =>
        x.replace(
          'DefaultValue="https://localhost:3000/functions.js"',
          'DefaultValue="http://localhost:3000/functions.js"',
        ),
      /HTTPS/,
    ],
    [
      "second runtime",
      (x: string) =>
        x.replace(
          '<Runtime resid="Taskpane.Url" lifetime="long"/>',
          '<Runtime resid="Taskpane.Url" lifetime="long"/><Runtime resid="Functions.Script.Url" lifetime="long"/>',
        ),
      /exactly one long-lifetime/,
    ],
    [
      "function file outside the shared runtime",
      (x: string) => x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
      /FunctionFile/,
    ],
    [
      "duplicate override",
      (x: string) =>
        x.replace(
          '<Override Locale="zh-CN" Value="应收账款透镜 AR Lens"/>',
          '<Override Locale="zh-CN" Value="a"/><Override Locale="zh-CN" Value="b"/>',
        ),
      /more than one override/,
    ],
    [
      "short culture name",
      (x: string) =>
        x.replace('<Override Locale="zh-CN" Value="应收账款透镜 AR Lens"/>', '<Override Locale="zh" Value="a"/>'),
      /full culture name/,
    ],
    ["missing icon", (x: string) => x.replace("assets/icon-80.png", "assets/icon-81.png"), /has no file/],
    [
      "wrong namespace",
      (x: string) =>
        x.replace('id="Functions.Namespace" DefaultValue="AR"', 'id="Functions.Namespace" DefaultValue="XX"'),
      /namespace must be "AR"/,
    ],
    [
      "missing requirement set",
      (x: string) => x.replace('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', ""),
      /CustomFunctionsRuntime/,
    ],
    [
      "custom functions runtime below 1.3",
      (x: string) =>
        x.replace(
          '<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>',
          '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>',
        ),
      /CustomFunctionsRuntime must be at least 1.3/,
    ],
    ["broken XML", (x: string) => x.replace("</OfficeApp>", ""), /well-formed/],
  ])("catches %s", async (_name, edit, expected) => {
    const problems = await problemsAfter(edit);
    expect(problems.join("\n")).toMatch(expected);
  });
});
