import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { CASH_TEXT, cashReasonsZh } from "../../src/i18n/cash";

test("English and Chinese cash strings have the same keys and the same placeholders", () => {
  const en = CASH_TEXT.en;
  const zh = CASH_TEXT["zh-CN"];
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  for (const k of Object.keys(en) as (keyof typeof en)[]) {
    expect({ k, zh: holes(zh[k]) }).toEqual({ k, zh: holes(en[k]) });
    expect(zh[k]).toMatch(/[\u4e00-\u9fff]/);
  }
});

test("every cash reason code in src/engine/cash has a Chinese template", () => {
  const dir = join(__dirname, "../../src/engine/cash");
  const codes = new Set<string>();
  for (const f of readdirSync(dir))
    for (const m of readFileSync(join(dir, f), "utf8").matchAll(/"(cash\.[a-zA-Z.]+)"/g)) codes.add(m[1]);
  expect(codes.size).toBeGreaterThan(10);
  expect([...codes].filter((c) => !(c in cashReasonsZh))).toEqual([]);
});
