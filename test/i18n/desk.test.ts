import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { buildDesk } from "../../src/engine/collections/desk";
import { DOC_TEXT } from "../../src/engine/collections/documents/text";
import { parseContactLog } from "../../src/engine/collections/log";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../src/engine/collections/settings";
import { DESK_TEXT, deskReasonTemplatesZh } from "../../src/i18n/desk";
import { reasonTemplatesZh } from "../../src/i18n/reasons.zh-CN";
import { reasonText } from "../../src/i18n/translate";
import { analysisAt, ledger, log } from "../engine/collections/deskLedger";

const cjk = /[\u4e00-\u9fff]/;

test("the Collections tab's texts have the same keys in English and Chinese, and the Chinese is Chinese", () => {
  expect(Object.keys(DESK_TEXT["zh-CN"]).sort()).toEqual(Object.keys(DESK_TEXT.en).sort());
  for (const [k, v] of Object.entries(DESK_TEXT["zh-CN"])) expect([k, cjk.test(v)]).toEqual([k, true]);
});

test("the documents' texts have the same keys and placeholders in both languages", () => {
  expect(Object.keys(DOC_TEXT["zh-CN"]).sort()).toEqual(Object.keys(DOC_TEXT.en).sort());
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const k of Object.keys(DOC_TEXT.en) as (keyof typeof DOC_TEXT.en)[]) {
    expect([k, holes(DOC_TEXT["zh-CN"][k])]).toEqual([k, holes(DOC_TEXT.en[k])]);
    expect([k, cjk.test(DOC_TEXT["zh-CN"][k])]).toEqual([k, true]);
  }
});

test("every desk and log reason code in the engine has a Chinese template, merged into the shared table", () => {
  const dir = join(__dirname, "../../src/engine/collections");
  const codes = new Set<string>();
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)],
    );
  for (const f of files(dir))
    for (const m of readFileSync(f, "utf8").matchAll(/"((?:desk|log)\.[a-zA-Z0-9.]+)"/g)) codes.add(m[1]);
  expect(codes.size).toBeGreaterThan(20);
  expect([...codes].filter((c) => !(c in deskReasonTemplatesZh))).toEqual([]);
  for (const c of codes) expect(reasonTemplatesZh[c]).toBe(deskReasonTemplatesZh[c]);
});

test("every reason the desk gives renders in Chinese with its placeholders filled", () => {
  const desk = buildDesk(ledger, analysisAt(), log(), {
    dunning: DEFAULT_DUNNING,
    policy: { ...DEFAULT_POLICY, insured: true },
  });
  const bad = parseContactLog(
    [
      ["Date", "Customer", "Channel", "Stage", "Promised date", "Promised amount"],
      ["x", "A", "", "", "", ""],
      ["", "A", "", "", "", ""],
      [1, "", "", "", "", ""],
      [1, "A", "fax", "calm", "", 5],
      [1, "A", "", "", "y", 5],
      [1, "A", "", "", 9, "z"],
      [1, "A", "", "", 9, ""],
      [1, "A", "", "", 9, -1],
    ],
    "L",
  );
  const reasons = [
    ...desk.worklist.flatMap((w) => w.priorityReasons),
    ...desk.alerts.map((a) => a.reason),
    ...desk.forecast.reasons,
    ...bad.issues.map((i) => i.reason),
  ];
  expect(new Set(reasons.map((r) => r.code)).size).toBeGreaterThan(15);
  for (const r of reasons) {
    const zh = reasonText(r, "zh-CN", reasonTemplatesZh);
    expect(zh).not.toMatch(/\{\w+\}/);
    expect(zh).toMatch(cjk);
  }
});
