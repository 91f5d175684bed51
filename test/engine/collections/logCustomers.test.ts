import { buildDesk } from "../../../src/engine/collections/desk";
import { parseContactLog } from "../../../src/engine/collections/log";
import { matchLogCustomers } from "../../../src/engine/collections/logCustomers";
import * as keys from "../../../src/engine/ledger/customerKey";
import type { Invoice } from "../../../src/engine/model/types";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../src/engine/collections/settings";
import { reasonTemplatesZh } from "../../../src/i18n/reasons.zh-CN";
import { reasonText } from "../../../src/i18n/translate";
import { analysisAt, ledger, logValues } from "./deskLedger";

// Row 5 names "Alphaa" (a typo), row 6 "Omega" (not in the ledger), row 7 "Ａlpha" (full-width: the same customer).
const values = [
  ...logValues,
  [45716, "Alphaa", "", "Call", "Firm reminder", "promised", 45730, 900, ""],
  [45716, "Omega", "", "Email", "", "", "", "", ""],
  [45716, "Ａlpha", "", "Call", "", "no answer", "", "", ""],
];

describe("a log entry naming a customer that is not in the ledger", () => {
  const log = parseContactLog(values, "AR Lens Log");
  const desk = buildDesk(ledger, analysisAt(), log, { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY });

  it("is a log issue with its customer cell's address, not silently counted or ignored", () => {
    const unknown = desk.log.issues.filter((i) => i.reason.code === "log.unknownCustomer");
    expect(unknown.map((i) => [i.address, i.field, i.severity])).toEqual([
      ["'AR Lens Log'!B5", "customer", "excluded"],
      ["'AR Lens Log'!B6", "customer", "excluded"],
    ]);
    expect(reasonText(unknown[0].reason, "en", reasonTemplatesZh)).toBe(
      'customer "Alphaa" is not in the analyzed ledger (check the spelling): this contact and its promise are not counted',
    );
    expect(reasonText(unknown[1].reason, "zh-CN", reasonTemplatesZh)).toBe(
      "客户“Omega”不在所分析的台账中（请核对名称）：该联系记录及其承诺不计入",
    );
  });

  it("is left out of the promises and the worklist; the same name in another form still counts", () => {
    expect(desk.promises.map((p) => p.customer)).toEqual(["Alpha", "Beta", "Beta"]);
    expect(desk.records.map((r) => r.customer).sort()).toEqual(["Alpha", "Beta"]);
    expect(desk.log.entries.map((e) => e.customer)).toEqual(["Alpha", "Beta", "Beta", "Ａlpha"]);
    expect(desk.log.counts).toMatchObject({ dataRows: 6, entries: 4, excluded: 2 });
    // The full-width "Ａlpha" contact on 45716 is Alpha's last contact.
    expect(desk.worklist.find((w) => w.customer === "Alpha")!.lastContact).toBe(45716);
  });
});

describe("matching the log against many invoices", () => {
  const invoices = Array.from({ length: 3000 }, (_, i) => ({ customer: ["Alpha", "Beta", "上海贸易（集团）"][i % 3] }));

  it("keys each customer's name once, not each invoice; an empty log is returned as it is, nothing keyed", () => {
    const keyed = jest.spyOn(keys, "customerKey");
    const log = parseContactLog(values, "AR Lens Log");
    const matched = matchLogCustomers(log, invoices as Invoice[]);
    expect(keyed.mock.calls.length).toBeLessThanOrEqual(3 + 2 * log.entries.length);
    expect(matched.entries.map((e) => e.customer)).toEqual(["Alpha", "Beta", "Beta", "Ａlpha"]);
    keyed.mockClear();
    const empty = parseContactLog(logValues.slice(0, 1), "AR Lens Log");
    expect(matchLogCustomers(empty, invoices as Invoice[])).toBe(empty);
    expect(keyed).not.toHaveBeenCalled();
    keyed.mockRestore();
  });
});
