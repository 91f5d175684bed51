import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { createOfficeGateway } from "../../src/excel/officeGateway";
import { memoryExcelRun } from "../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";
import { DESK_KEYS, loadDeskSettings, withDesk } from "../../src/taskpane/state/desk";
import { AS_OF, ledger } from "../engine/collections/deskLedger";

function gateway() {
  const book = new MemoryWorkbook();
  book.load(book.addSheet("Ledger"), ledger.values as (string | number)[][]);
  return createOfficeGateway(memoryExcelRun(book), "memory");
}

const analysis = analyzeLedger(ledger, { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" });

test("desk settings saved in the workbook are read back; a hand-edited one that makes no sense falls back, saying why", async () => {
  const g = gateway();
  await g.writeSetting(DESK_KEYS.policy, { insured: true, indemnityShare: 0.6 });
  await g.writeSetting(DESK_KEYS.company, { name: "Acme" });
  let { settings, problem } = await loadDeskSettings(g);
  expect([settings.policy.insured, settings.policy.indemnityShare, settings.policy.maxExtensionDays, settings.company.name, problem]).toEqual([true, 0.6, 60, "Acme", null]);
  await g.writeSetting(DESK_KEYS.dunning, { edges: [50, 10, 90] });
  ({ settings, problem } = await loadDeskSettings(g));
  expect(settings.dunning.edges).toEqual([15, 45, 90]);
  expect(problem).toMatch(/stage edges: 50, 10, 90/);
});

test("a failing log read does not cost the analysis", async () => {
  const g = { ...gateway(), readLog: () => Promise.reject(new Error("the log sheet could not be read")) };
  const { analysis: a, desk } = await withDesk(g, ledger, analysis);
  expect(a.forecast).toEqual(analysis.forecast);
  expect(desk.log.entries).toEqual([]);
  expect(desk.settingsProblem).toBe("the log sheet could not be read");
  expect(desk.desk.worklist.map((w) => w.customer)).toEqual(["Alpha", "Beta"]);
});
