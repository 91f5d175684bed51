import { buildDesk } from "../../../src/engine/collections/desk";
import { parseBuyerLimits } from "../../../src/engine/collections/buyerLimits";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../src/engine/collections/settings";
import { reasonTemplatesZh } from "../../../src/i18n/reasons.zh-CN";
import { reasonText } from "../../../src/i18n/translate";
import { analysisAt, ledger, log } from "./deskLedger";

const policy = { ...DEFAULT_POLICY, insured: true };

describe("a range of buyer limits", () => {
  it("reads EN or ZH headers, each bad row an issue with its cell address, a duplicate keeping the larger limit", () => {
    const { limits, issues } = parseBuyerLimits(
      [
        ["买方名称", "批复限额"],
        ["Alpha", 1500],
        ["Beta", "abc"],
        ["", 300],
        ["", ""],
        ["Ａlpha ", "1,800.004"],
        ["Gamma", -5],
      ],
      "Limits",
      "C3",
    );
    // "Ａlpha " (full-width, trailing space) is Alpha again: the larger limit, to the cent, with a warning.
    expect([...limits]).toEqual([["Alpha", 1800]]);
    expect(issues.map((i) => [i.address, i.severity, i.reason.code])).toEqual([
      ["Limits!D5", "excluded", "limits.badLimit"],
      ["Limits!C6", "excluded", "limits.noCustomer"],
      ["Limits!C8", "warning", "limits.duplicate"],
      ["Limits!D9", "excluded", "limits.badLimit"],
    ]);
    expect(reasonText(issues[0].reason, "zh-CN", reasonTemplatesZh)).toMatch(/^Beta 的保险限额：/);
  });

  it("without a header: the first column is the customer, the second the limit; twice listed keeps the larger, saying so", () => {
    const { limits, issues } = parseBuyerLimits(
      [
        ["Alpha", 1000],
        ["Beta", 200],
        ["Ａlpha", 2500],
      ],
      "Limits",
    );
    expect([limits.get("Alpha"), limits.get("Beta")]).toEqual([2500, 200]);
    expect(issues.map((i) => [i.address, i.severity])).toEqual([["Limits!A3", "warning"]]);
    expect(reasonText(issues[0].reason, "en", reasonTemplatesZh)).toBe(
      "Ａlpha is listed twice (also Limits!A1): the larger limit 2500 is used",
    );
  });

  it("replaces the ledger column where it names a customer: the uninsured part and the claimable amount follow", () => {
    const analysis = analysisAt();
    const range = parseBuyerLimits(
      [
        ["Customer", "Insured limit"],
        ["Alpha", 2000],
        ["Beta", 100],
      ],
      "Limits",
    );
    const withRange = buildDesk(ledger, analysis, log(), { dunning: DEFAULT_DUNNING, policy, buyerLimits: range });
    const ledgerOnly = buildDesk(ledger, analysis, log(), { dunning: DEFAULT_DUNNING, policy });
    const cover = (d: typeof withRange, c: string) => d.covers.find((x) => x.customer === c)!;
    // Alpha owes 3,000: the ledger's limit 2,500 leaves 500 uninsured; the range's 2,000 leaves 1,000 (claim 2,000 × 90 %).
    expect([
      cover(ledgerOnly, "Alpha").uninsured,
      cover(withRange, "Alpha").uninsured,
      cover(withRange, "Alpha").claimable,
    ]).toEqual([500, 1000, 1800]);
    expect([
      cover(ledgerOnly, "Beta").insuredLimit,
      cover(withRange, "Beta").insuredLimit,
      cover(withRange, "Beta").uninsured,
    ]).toEqual([null, 100, 400]);
    // Gamma is not in the range: the ledger column (empty) still applies.
    expect(cover(withRange, "Gamma").insuredLimit).toBeNull();
  });
});
