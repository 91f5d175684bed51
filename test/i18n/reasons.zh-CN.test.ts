import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import type { Analysis, Reason } from "../../src/engine/analysis/types";
import { problemZh } from "../../src/i18n/problems.zh-CN";
import { parseMoney } from "../../src/engine/core/cells";
import { parseDate } from "../../src/engine/core/dates";
import { reasonTemplatesZh } from "../../src/i18n/reasons.zh-CN";
import { UI_TEXT } from "../../src/i18n/ui";
import { fillTemplate, reasonText } from "../../src/i18n/translate";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function reasonsOf(a: Analysis): Reason[] {
  return [
    ...a.mapping.notes,
    ...a.issues.map((i) => i.reason),
    ...a.customers.flatMap((c) => [
      ...c.gradeReasons,
      ...c.terms.reasons,
      ...c.creditLimit.reasons,
      ...c.insuranceReasons,
    ]),
    ...a.plans.flatMap((p) => p.reasons),
    ...a.alerts.flatMap((x) => [x.reason, x.action]),
    ...a.insurance.criteria.map((c) => c.reason),
    ...a.insurance.reasons,
    ...a.forecast.reasons,
  ];
}

test("every reason code in the engine's source has a Chinese template", () => {
  const codes = new Set<string>();
  for (const file of sources(join(__dirname, "../../src/engine"))) {
    for (const m of readFileSync(file, "utf8").matchAll(
      /"((?:row|mapping|grade|terms|limit|plan|alert|action|insurance|forecast|analysis)\.[a-zA-Z0-9.]+)"/g,
    ))
      codes.add(m[1]);
  }
  for (const v of ["advised", "consider", "notNeeded"]) codes.add(`insurance.verdict.${v}`);
  const missing = [...codes].filter((c) => !(c in reasonTemplatesZh));
  expect(missing).toEqual([]);
  expect(codes.size).toBeGreaterThan(50);
});

test("every reason of an analysis renders in Chinese with all placeholders filled", () => {
  const a = analyzeLedger(
    { values: handLedger(), sheet: "L", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "conservative" },
  );
  const reasons = reasonsOf(a);
  expect(reasons.length).toBeGreaterThan(40);
  for (const r of reasons) {
    const zh = reasonText(r, "zh-CN", reasonTemplatesZh);
    expect(zh).not.toMatch(/\{\w+\}/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  }
  expect(fillTemplate("{a} 与 {b}", { a: 1234.5 }, "zh-CN")).toBe("1,234.5 与 {b}");
});

test("the cell parser's problems read in Chinese inside row issues", () => {
  const a = analyzeLedger(
    { values: handLedger(), sheet: "L", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  );
  const zh = a.issues
    .filter((i) => i.reason.params.problem !== undefined)
    .map((i) => reasonText(i.reason, "zh-CN", reasonTemplatesZh));
  expect(zh).toEqual(["金额：应为金额，实际为 “abc”", "到期日：“2025-13-45”不是有效的日历日期"]);
  expect(problemZh("a date was expected, found an empty cell")).toBe("应为日期，实际为 空单元格");
  expect(problemZh("something new")).toBe("something new");
  const decimalComma = parseMoney("1.234,50");
  expect(!decimalComma.ok && problemZh(decimalComma.problem)).toBe(
    "应为金额，实际为 “1.234,50”：逗号只能作千位分隔符（1,234.50），不识别小数逗号",
  );
  const twoSigns = parseMoney("(-100)");
  expect(!twoSigns.ok && problemZh(twoSigns.problem)).toBe(
    "应为金额，实际为 “(-100)”：括号与负号同时出现，请写成 (100) 或 -100",
  );
  const badSerial = parseDate(20251399);
  expect(!badSerial.ok && problemZh(badSerial.problem)).toBe(
    "20251399 既不是 1（1900-01-01）到 2958465（9999-12-31）之间的日期序号，也不是 yyyymmdd 形式的日期",
  );
});

test("terms and risk appetite inside a Chinese reason are named in Chinese, not in the engine's English", () => {
  const a = analyzeLedger(
    { values: handLedger(), sheet: "L", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "conservative" },
  );
  const zh = a.customers
    .flatMap((c) => c.terms.reasons)
    .filter((r) => r.code === "terms.byGrade" || r.code === "terms.appetite")
    .map((r) => reasonText(r, "zh-CN", reasonTemplatesZh));
  expect(zh.length).toBeGreaterThan(0);
  for (const text of zh) expect([text, /Net|Cash|Letter|deposit|conservative/.test(text)]).toEqual([text, false]);
  expect(zh).toContain("风险偏好保守：按等级 9 设定条件");
  expect(zh).toContain("等级 10 → 款到发货");
});

test("the Civil Code's article on acceleration is cited one way in the plan's reason and the pane (第六百三十四条)", () => {
  expect(reasonTemplatesZh["plan.acceleration"]).toContain("《民法典》第六百三十四条");
  expect(UI_TEXT["zh-CN"].replanAcceleration).toContain("《民法典》第六百三十四条");
});
