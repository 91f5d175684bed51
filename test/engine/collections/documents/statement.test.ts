import { buildDesk } from "../../../../src/engine/collections/desk";
import { documentText, type DocBlock } from "../../../../src/engine/collections/documents/model";
import { agingLabel, buildStatement } from "../../../../src/engine/collections/documents/statement";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../../src/engine/collections/settings";
import { AS_OF, analysisAt, ledger, log } from "../deskLedger";

const company = { name: "Acme & Co", address: "1 Main St", contact: "ar@acme.test", bank: "Bank of X 123" };

describe("the statement of account", () => {
  const desk = buildDesk(ledger, analysisAt(), log(), { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY });
  const alpha = desk.invoices.filter((i) => i.customer === "Alpha");
  const statement = (language: "en" | "zh-CN") =>
    buildStatement({ customer: "Alpha", invoices: alpha, asOf: AS_OF, currency: "CNY", company, language });

  it("labels the aging buckets in the language", () => {
    expect([agingLabel("Current", "en"), agingLabel("61-90", "en")]).toEqual(["Current", "61-90 days"]);
    expect([agingLabel("Current", "zh-CN"), agingLabel("61-90", "zh-CN")]).toEqual(["未到期", "61-90 天"]);
  });

  it("lists the open invoices, oldest first, with days overdue, bucket and total", () => {
    const doc = statement("zh-CN");
    expect([doc.kind, doc.title, doc.sheetName, doc.companyName]).toEqual([
      "statement",
      "对账函",
      "对账函 Alpha",
      "Acme & Co",
    ]);
    const table = doc.blocks.find((b): b is Extract<DocBlock, { kind: "table" }> => b.kind === "table")!;
    expect(table.rows.slice(0, 2)).toEqual([
      ["INV2", 45620, 45650, 2000, 0, 2000, 67, "61-90 天"],
      ["INV1", 45670, 45700, 1000, 0, 1000, 17, "1-30 天"],
    ]);
    expect(table.total).toEqual(["合计", null, null, 3000, 0, 3000, null, null]);
    expect(documentText(doc)).toContain("☐ 信息证明无误。");
  });

  it("is written in English as well", () => {
    const doc = statement("en");
    expect(doc.title).toBe("Statement of account");
    expect(documentText(doc)).toContain("Acme & Co");
  });
});
