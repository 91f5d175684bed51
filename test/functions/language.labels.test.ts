import { aging } from "../../src/functions/aging";
import { cashPlan } from "../../src/functions/cash";
import { setFunctionLanguage } from "../../src/functions/language";
import { terms } from "../../src/functions/ledger";
import { paymentPlan } from "../../src/functions/plans";
import { clearAnalysisCache } from "../../src/functions/analysisCache";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";
import { col } from "./helpers";

// The header rows the functions spill follow Office's display language; the values do not (src/i18n/functionLabels.ts).
describe("AR.* header rows in the functions' language", () => {
  afterEach(() => setFunctionLanguage("en"));

  test("Chinese headers above the same figures", () => {
    const en = {
      plan: paymentPlan(1000, 3, "2025-01-31"),
      aging: aging(
        col(100, 200, 300),
        col(45700, 45650, 45500),
        45700,
        null as never,
        null as never,
        null as never,
        true,
      ),
      cash: cashPlan(1000, col(45701), col(-300), 45700, 4, 0, true),
    };
    setFunctionLanguage("zh-CN");
    const plan = paymentPlan(1000, 3, "2025-01-31");
    expect(plan[0]).toEqual(["期数", "到期日", "应付金额", "利息", "本金", "剩余本金"]);
    expect(plan.slice(1)).toEqual(en.plan.slice(1));
    const buckets = aging(
      col(100, 200, 300),
      col(45700, 45650, 45500),
      45700,
      null as never,
      null as never,
      null as never,
      true,
    );
    expect(en.aging[0]).toEqual(["Current", "1-30", "31-60", "61-90", "91+"]);
    expect(buckets[0]).toEqual(["未到期", "1-30 天", "31-60 天", "61-90 天", "91 天以上"]);
    expect(buckets[1]).toEqual(en.aging[1]);
    const cash = cashPlan(1000, col(45701), col(-300), 45700, 4, 0, true);
    expect(cash[0]).toEqual(["周起始日", "流入", "流出", "期末现金", "低于最低现金"]);
    expect(cash.slice(1)).toEqual(en.cash.slice(1));
  });

  test("values a formula may compare stay the same in Chinese (the terms)", () => {
    // The hand ledger's well-formed rows (as test/functions/analysisCache.test.ts takes them).
    const rows = handLedger()
      .slice(2)
      .filter((r) => r[0] !== "" && !["INV-301", "INV-302", "INV-401", "INV-501"].includes(r[1] as string));
    const c = (i: number) => rows.map((r) => [r[i]]);
    clearAnalysisCache();
    const english = terms([["Alpha"]], c(0), c(4), c(3), undefined, undefined, undefined, undefined, AS_OF);
    setFunctionLanguage("zh-CN");
    clearAnalysisCache();
    expect(terms([["Alpha"]], c(0), c(4), c(3), undefined, undefined, undefined, undefined, AS_OF)).toEqual(english);
    expect(english[0][0]).toMatch(/^Net \d+|letter|cash|deposit/i);
  });
});
