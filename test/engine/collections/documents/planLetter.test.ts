import { buildDesk } from "../../../../src/engine/collections/desk";
import { buildPlanLetter, planLogRows } from "../../../../src/engine/collections/documents/planLetter";
import { documentText } from "../../../../src/engine/collections/documents/model";
import { logRowCells, LOG_HEADERS, LOG_FIELDS, parseContactLog } from "../../../../src/engine/collections/log";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../../src/engine/collections/settings";
import { toCents } from "../../../../src/engine/model/money";
import { AS_OF, analysisAt, ledger } from "../deskLedger";

const analysis = analysisAt();
const plan = analysis.plans.find((p) => p.customer === "Alpha")!;
const company = {
  name: "Sunrise Trading Co.",
  address: "1 Main St",
  contact: "Zhang Min",
  bank: "Bank of China",
  account: "4567",
  signature: "",
};

describe("a payment plan the customer can agree to", () => {
  it("is written to the customer: schedule, bank details and a reply slip (还款计划确认函)", () => {
    const zh = buildPlanLetter({ plan, asOf: AS_OF, currency: "CNY", company, language: "zh-CN", replyDays: 10 });
    expect(zh.title).toBe("还款计划确认函");
    const text = documentText(zh);
    expect(text).toMatch(/分期结清逾期款项人民币[\d,]+\.\d\d元/);
    expect(text).not.toContain("CNY ");
    expect(text).toContain("请付款至：户名 Sunrise Trading Co.，开户行 Bank of China，账号 4567");
    expect(text).toContain("☐ 我公司同意上述还款计划");
    expect(text).toContain("盖章：");
    const table = zh.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.length).toBe(plan.schedule.length);
    const en = documentText(
      buildPlanLetter({ plan, asOf: AS_OF, currency: "CNY", company, language: "en", replyDays: 10 }),
    );
    expect(en).toContain("Please sign and return the slip below by 2025-03-11.");
  });

  it("agreed, its payments are promises in the log: the forecast moves them, and paying the first keeps only the first", () => {
    const rows = planLogRows(plan, AS_OF, "en");
    expect(rows.reduce((s, r) => s + toCents(r.promisedAmount!), 0)).toBe(
      plan.schedule.reduce((s, r) => s + toCents(r.payment), 0),
    );
    const log = parseContactLog(
      [LOG_FIELDS.map((f) => LOG_HEADERS.en[f]), ...rows.map((r) => logRowCells(r, "en"))],
      "AR Lens Log",
    );
    const desk = buildDesk(ledger, analysis, log, { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY });
    expect(desk.promises.filter((p) => p.customer === "Alpha" && p.status === "pending")).toHaveLength(rows.length);
    expect(desk.moves.length).toBe(rows.length);
    expect(desk.forecast.weeks).not.toEqual(analysis.forecast.weeks);
    // The first payment made in full on its date: it is kept; the second is not paid by that same money.
    const first = plan.schedule[0];
    const paid = {
      ...ledger,
      values: ledger.values.map((r, i) =>
        i === 2 ? [...r.slice(0, 5), first.payment, first.dueDate, ...r.slice(7)] : r,
      ),
    };
    const later = buildDesk(paid, analysisAt(plan.schedule[1].dueDate + 1), log, {
      dunning: DEFAULT_DUNNING,
      policy: DEFAULT_POLICY,
    });
    expect(
      later.promises
        .filter((p) => p.customer === "Alpha")
        .slice(0, 2)
        .map((p) => p.status),
    ).toEqual(["kept", "broken"]);
  });
});
