/** The documents the desk writes, built from the analysis and the desk: each for its customer, stage and language. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { CompanyDetails } from "../../../src/engine/collections/documents/model";
import type { StageId } from "../../../src/engine/collections/settings";
import { createOfficeGateway } from "../../../src/excel/officeGateway";
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import { withDesk } from "../../../src/taskpane/state/desk";
import {
  claimFor,
  letterFor,
  letterStageOf,
  planLetterFor,
  statementFor,
} from "../../../src/taskpane/state/useDeskActions";
import { AS_OF, ledger } from "../../engine/collections/deskLedger";

const company: CompanyDetails = {
  name: "Acme Trading",
  address: "1 Main Street",
  contact: "Ann Lee",
  bank: "Bank of Example",
};

async function deskOf() {
  const book = new MemoryWorkbook();
  book.load(book.addSheet("Ledger"), ledger.values as (string | number)[][]);
  const gateway = createOfficeGateway(memoryExcelRun(book), "memory");
  const base = analyzeLedger(ledger, { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" });
  return withDesk(gateway, ledger, base);
}

describe("the desk's documents", () => {
  test("the letter for a dunning stage", () => {
    expect((["courtesy", "friendly", "firm", "final", "escalate"] as StageId[]).map(letterStageOf)).toEqual([
      "friendly",
      "friendly",
      "firm",
      "final",
      "final",
    ]);
  });

  test("a letter and a statement for the customer, in the pane's language", async () => {
    const { analysis, desk } = await deskOf();
    const letter = letterFor(analysis, desk, "en", "Alpha", "firm", company);
    expect([letter.kind, letter.language, letter.companyName]).toEqual(["letter", "en", "Acme Trading"]);
    const zh = letterFor(analysis, desk, "zh-CN", "Alpha", "firm", company);
    expect(zh.language).toBe("zh-CN");
    const statement = statementFor(analysis, desk, "en", "Beta", company);
    expect(statement.kind).toBe("statement");
    expect(JSON.stringify(statement.blocks)).toContain("INV3");
    expect(JSON.stringify(statement.blocks)).not.toContain("INV1");
  });

  test("no claim file without a cover, no plan letter without a plan: the customer is named", async () => {
    const { analysis, desk } = await deskOf();
    const uncovered = desk.desk.covers.some((c) => c.customer === "Nobody");
    expect(uncovered).toBe(false);
    expect(() => claimFor(analysis, desk, "en", "Nobody", company)).toThrow("Nobody");
    expect(() => planLetterFor(analysis, desk, "en", "Nobody", company)).toThrow("Nobody");
    const planned = analysis.plans[0];
    expect(planLetterFor(analysis, desk, "en", planned.customer, company).kind).toBe("plan");
  });
});
