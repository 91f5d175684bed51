import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { AnalysisSettings } from "../../../src/engine/analysis/types";
import { createOfficeGateway } from "../../../src/excel/officeGateway";
import { memoryExcelRun } from "../../../src/preview/workbook/excelApi";
import { MemoryWorkbook } from "../../../src/preview/workbook/memoryWorkbook";
import {
  DESK_KEYS,
  loadDeskSettings,
  saveDeskSettings,
  withDesk,
  withLimitsRange,
} from "../../../src/taskpane/state/desk";
import { AS_OF, ledger } from "../../engine/collections/deskLedger";

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
  expect([
    settings.policy.insured,
    settings.policy.indemnityShare,
    settings.policy.maxExtensionDays,
    settings.company.name,
    problem,
  ]).toEqual([true, 0.6, 60, "Acme", null]);
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

test("letter deadlines, the insurer-deadline window and the late-interest preset are saved with the other desk settings", async () => {
  const g = gateway();
  const { settings } = await loadDeskSettings(g);
  expect([settings.deadlines.alertDays, settings.deadlines.letterDays, settings.interest.preset]).toEqual([
    14,
    { friendly: 10, firm: 7, final: 5 },
    "none",
  ]);
  const changed = {
    ...settings,
    deadlines: { alertDays: 60, letterDays: { friendly: 12, firm: 6, final: 3 } },
    interest: {
      preset: "euDirective" as const,
      referenceRate: 0.0215,
      lprMarkup: 0.5,
      smeSellingToLarge: false,
      customRate: 0,
      customFixed: 0,
    },
  };
  await saveDeskSettings(g, changed);
  expect((await loadDeskSettings(g)).settings).toEqual(changed);
  // The window reaches the alerts: Beta's notification deadline (2025-04-30, 53 days away) warns within 60 days, not 14.
  const insured = { ...changed, policy: { ...changed.policy, insured: true } };
  await saveDeskSettings(g, insured);
  const notifyNow = async () =>
    (await withDesk(g, ledger, analysis)).desk.desk.alerts.filter((a) => a.kind === "notifyNow").map((a) => a.customer);
  expect(await notifyNow()).toEqual(["Beta"]);
  await saveDeskSettings(g, { ...insured, deadlines: { ...insured.deadlines, alertDays: 14 } });
  expect(await notifyNow()).toEqual([]);
  // An older workbook saved the preset's name only; a hand-edited window of 0 days falls back, saying why.
  await g.writeSetting(DESK_KEYS.interest, "none");
  await g.writeSetting(DESK_KEYS.deadlines, { alertDays: 0 });
  const read = await loadDeskSettings(g);
  expect([read.settings.interest.preset, read.settings.deadlines.alertDays]).toEqual(["none", 14]);
  expect(read.problem).toMatch(/insurer deadline window: 0/);
});

test("a range of buyer limits saved as a desk setting is read through the gateway and replaces the ledger column", async () => {
  const book = new MemoryWorkbook();
  book.load(book.addSheet("Ledger"), ledger.values as (string | number)[][]);
  book.load(book.addSheet("Limits"), [
    ["客户", "保险限额"],
    ["Alpha", 2000],
    ["Beta", "n/a"],
  ]);
  const g = createOfficeGateway(memoryExcelRun(book), "memory");
  const { settings } = await loadDeskSettings(g);
  expect(settings.limitsRange).toBe("");
  await saveDeskSettings(g, {
    ...settings,
    policy: { ...settings.policy, insured: true },
    limitsRange: " Limits!A1:B3 ",
  });
  const { desk } = await withDesk(g, ledger, analysis);
  expect(desk.settings.limitsRange).toBe("Limits!A1:B3");
  expect(desk.desk.covers.find((c) => c.customer === "Alpha")!.insuredLimit).toBe(2000);
  expect(desk.desk.issues.map((i) => [i.address, i.reason.code])).toEqual([["Limits!B3", "limits.badLimit"]]);
  expect(desk.settingsProblem).toBeNull();
  // A range that cannot be read: the desk still comes, with the ledger's column, saying why.
  await g.writeSetting(DESK_KEYS.limitsRange, "Nowhere!A1:B3");
  const again = (await withDesk(g, ledger, analysis)).desk;
  expect(again.desk.covers.find((c) => c.customer === "Alpha")!.insuredLimit).toBe(2500);
  expect(again.settingsProblem).toMatch(/Nowhere/);
});

test("company details and the limits range edited by hand into non-text: set aside and said, the rest kept", async () => {
  const book = new MemoryWorkbook();
  book.settings.set("arlens.desk.company", JSON.stringify({ name: 42, address: "1 Main St", bank: null }));
  book.settings.set("arlens.desk.limitsRange", JSON.stringify(17));
  const { settings, problem, setAside } = await loadDeskSettings(createOfficeGateway(memoryExcelRun(book), "memory"));
  expect(settings.company).toEqual({
    name: "",
    address: "1 Main St",
    contact: "",
    bank: "",
    account: "",
    signature: "",
  });
  expect(settings.limitsRange).toBe("");
  expect(problem).toBeNull();
  expect(setAside).toEqual([
    { key: "arlens.desk.company", fields: ["name", "bank"] },
    { key: "arlens.desk.limitsRange" },
  ]);
});

test("the buyer-limits range feeds the analysis's kept limits, below the user's and accepted ones", async () => {
  const book = new MemoryWorkbook();
  book.load(book.addSheet("Ledger"), ledger.values as (string | number)[][]);
  book.load(book.addSheet("Limits"), [
    ["客户", "保险限额"],
    ["Alpha", 3500],
    ["Gamma", 500],
  ]);
  const g = createOfficeGateway(memoryExcelRun(book), "memory");
  const base: AnalysisSettings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" };
  const keptOf = (a: ReturnType<typeof analyzeLedger>) =>
    a.customers
      .filter((c) => c.keptLimit)
      .map((c) => [c.customer, c.keptLimit!.amount, c.keptLimit!.source, c.overLimit]);
  // No range set: the settings go to the analysis as they are (the ledger's insured-limit column: Alpha over 2,500).
  expect(await withLimitsRange(g, base)).toEqual(base);
  expect(keptOf(analyzeLedger(ledger, base))).toEqual([["Alpha", 2500, "insurer", true]]);
  await g.writeSetting(DESK_KEYS.limitsRange, "Limits!A1:B3");
  // The range replaces the ledger's column for the customers it names (Alpha owes 3,000: under 3,500; Gamma over 500).
  const ranged = await withLimitsRange(g, base);
  expect(keptOf(analyzeLedger(ledger, ranged))).toEqual([
    ["Alpha", 3500, "insurer", false],
    ["Gamma", 500, "insurer", true],
  ]);
  // A proposal accepted in the pane outranks the insurer's limit; it is kept after the range's limits.
  const accepted = await withLimitsRange(g, {
    ...base,
    keptLimits: [{ customer: "Gamma", amount: 1000, source: "accepted" }],
  });
  expect(keptOf(analyzeLedger(ledger, accepted))).toEqual([
    ["Alpha", 3500, "insurer", false],
    ["Gamma", 1000, "accepted", false],
  ]);
  // A range that cannot be read costs nothing here (the desk says why): the settings are used as they are.
  await g.writeSetting(DESK_KEYS.limitsRange, "Nowhere!A1:B3");
  expect(await withLimitsRange(g, base)).toEqual(base);
});
