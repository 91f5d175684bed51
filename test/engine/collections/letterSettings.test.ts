import { lateInterest } from "../../../src/engine/core/interest";
import { buildLetter } from "../../../src/engine/collections/documents/letters";
import { EMPTY_COMPANY } from "../../../src/engine/collections/documents/model";
import { invoicesOf } from "../../../src/engine/collections/desk";
import {
  applicablePresets,
  DEFAULT_DESK_DEADLINES,
  DEFAULT_INTEREST,
  interestFor,
  interestTerms,
  resolveDeadlines,
  resolveInterest,
} from "../../../src/engine/collections/letterSettings";
import { AS_OF, analysisAt, ledger } from "./deskLedger";

const alpha = invoicesOf(ledger, analysisAt()).filter((i) => i.customer === "Alpha");
const letter = (interest: ReturnType<typeof interestTerms>, deadlineDays?: number) =>
  buildLetter({
    stage: "firm",
    customer: "Alpha",
    invoices: alpha,
    asOf: AS_OF,
    currency: "EUR",
    company: EMPTY_COMPANY,
    language: "en",
    interest,
    deadlineDays,
  });
const table = (doc: ReturnType<typeof letter>) => {
  const t = doc.blocks.find((b) => b.kind === "table")!;
  return t.kind === "table" ? { rows: t.rows, total: t.total } : null;
};
const text = (doc: ReturnType<typeof letter>) =>
  doc.blocks.flatMap((b) => (b.kind === "paragraph" ? b.lines : [])).join("\n");

describe("late interest presets: the reference rate is the user's input", () => {
  it("EU Directive 2011/7/EU: reference rate + 8 points and EUR 40 per invoice (docs/METRICS.md's 165.14)", () => {
    const eu = interestTerms({ ...DEFAULT_INTEREST, preset: "euDirective", referenceRate: 0.0215 }, "en")!;
    expect(eu.annualRate).toBeCloseTo(0.1015, 12);
    expect(lateInterest(10000, eu.annualRate, 45, eu.fixedCompensation)).toBe(165.14);
    // INV2 2,000 × 10.15 % × 67/365 = 37.26 + 40; INV1 1,000 × 10.15 % × 17/365 = 4.73 + 40.
    expect(table(letter(eu))!.rows.map((r) => r[4])).toEqual([77.26, 44.73]);
    expect(table(letter(eu))!.total![4]).toBe(121.99);
    expect(text(letter(eu))).toContain("10.15%");
    expect(text(letter(eu))).toContain("2011/7/EU");
  });

  it("UK Late Payment Act: base rate + 8 % and £40/£70/£100 by each invoice's debt", () => {
    const uk = interestTerms({ ...DEFAULT_INTEREST, preset: "ukAct", referenceRate: 0.0525 }, "en")!;
    expect(uk.annualRate).toBeCloseTo(0.1325, 12);
    expect([999.99, 1000, 9999.99, 10000].map(uk.fixedFor!)).toEqual([40, 70, 70, 100]);
    // INV2 2,000 × 13.25 % × 67/365 = 48.64 + 70; INV1 1,000 × 13.25 % × 17/365 = 6.17 + 70.
    expect(table(letter(uk))!.rows.map((r) => r[4])).toEqual([118.64, 76.17]);
  });

  it("China SME regulations 0.05 % a day; a custom agreed rate with its fixed sum; none", () => {
    expect(interestTerms({ ...DEFAULT_INTEREST, preset: "chinaSme" }, "zh-CN")).toMatchObject({
      annualRate: 0.1825,
      fixedCompensation: 0,
      source: expect.stringContaining("万分之五"),
    });
    const custom = interestTerms({ ...DEFAULT_INTEREST, preset: "custom", customRate: 0.12, customFixed: 15 }, "en")!;
    // INV2 2,000 × 12 % × 67/365 = 44.05 + 15.
    expect(table(letter(custom))!.rows[0][4]).toBe(59.05);
    expect(interestTerms({ ...DEFAULT_INTEREST, preset: "none" }, "en")).toBeNull();
    expect(table(letter(null))!.rows[0]).toHaveLength(4);
  });

  it("a negative reference rate never makes the statutory rate fall below zero", () => {
    expect(
      interestTerms({ ...DEFAULT_INTEREST, preset: "euDirective", referenceRate: -0.005 }, "en")!.annualRate,
    ).toBeCloseTo(0.075, 12);
  });

  it("reads older workbooks (the preset's name alone) and names a hand-edited value that makes no sense", () => {
    expect(resolveInterest("none")).toEqual({ ...DEFAULT_INTEREST, preset: "none" });
    expect(resolveInterest(null)).toEqual(DEFAULT_INTEREST);
    expect(() => resolveInterest({ preset: "usury" as never })).toThrow(/late interest: "usury" is not one of/);
    expect(() => resolveInterest({ preset: "euDirective", referenceRate: 2.15 })).toThrow(
      /reference rate: 215 % must be an annual rate/,
    );
    expect(() => resolveInterest({ preset: "custom", customFixed: -1 })).toThrow(/fixed compensation: -1/);
  });
});

describe("letter deadlines and the insurer-deadline window are settings", () => {
  it("defaults 10/7/5 days and 14 days; saved values replace them", () => {
    expect(resolveDeadlines(null)).toEqual(DEFAULT_DESK_DEADLINES);
    expect(resolveDeadlines({ letterDays: { firm: 3 } as never, alertDays: 30 })).toEqual({
      letterDays: { friendly: 10, firm: 3, final: 5 },
      alertDays: 30,
    });
    expect(() => resolveDeadlines({ alertDays: 0 })).toThrow(
      /insurer deadline window: 0 must be a whole number of days/,
    );
    expect(() => resolveDeadlines({ letterDays: { friendly: 10, firm: 2.5, final: 5 } })).toThrow(
      /demand letter deadline: 2.5/,
    );
  });

  it("the letter's new deadline follows the setting", () => {
    expect(text(letter(null))).toContain("2025-03-08"); // default 7 days for a demand
    expect(text(letter(null, 3))).toContain("2025-03-04");
  });
});

describe("interest presets cite their rule and are offered only where it applies", () => {
  it("China between companies: one-year LPR plus 30–50 % (SPC sales-contract interpretation, art. 18)", () => {
    const lpr = interestTerms(
      { ...DEFAULT_INTEREST, preset: "chinaLpr", referenceRate: 0.03, lprMarkup: 0.5 },
      "zh-CN",
    )!;
    expect(lpr.annualRate).toBeCloseTo(0.045, 12);
    expect(lpr.source).toContain("《最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释》");
    expect(lpr.source).toContain("第十八条");
    expect(lpr.source).toContain("加计 50%");
    expect(
      interestTerms({ ...DEFAULT_INTEREST, preset: "chinaLpr", referenceRate: 0.03, lprMarkup: 0.3 }, "en")!.source,
    ).toContain("art. 18: where no late-payment penalty was agreed, the one-year LPR plus 30%");
    expect(() => resolveInterest({ preset: "chinaLpr", lprMarkup: 0.6 })).toThrow(
      /LPR mark-up: 60 % must be from 30 % to 50 %/,
    );
  });

  it("the SME regulations bind government bodies, public institutions and large enterprises paying SMEs: cited precisely", () => {
    const sme = interestTerms({ ...DEFAULT_INTEREST, preset: "chinaSme" }, "en")!;
    expect(sme.source).toContain("State Council Decree No. 728, 2020, art. 15; revised by Decree No. 802, 2025");
    expect(sme.source).toContain("a government body, public institution or large enterprise paying an SME late");
  });

  it("offered by the debt's currency; the SME rule only when we are an SME selling to large payers; default none", () => {
    expect(applicablePresets("CNY", false)).toEqual(["none", "chinaLpr", "custom"]);
    expect(applicablePresets("CNY", true)).toEqual(["none", "chinaLpr", "chinaSme", "custom"]);
    expect(applicablePresets("EUR", true)).toEqual(["none", "euDirective", "custom"]);
    expect(applicablePresets("GBP", false)).toEqual(["none", "ukAct", "custom"]);
    expect(DEFAULT_INTEREST.preset).toBe("none");
    // A saved preset that does not apply to this debt claims nothing.
    expect(
      interestFor({ ...DEFAULT_INTEREST, preset: "chinaSme", smeSellingToLarge: false }, "CNY", "zh-CN"),
    ).toBeNull();
    expect(interestFor({ ...DEFAULT_INTEREST, preset: "euDirective", referenceRate: 0.02 }, "CNY", "en")).toBeNull();
    expect(
      interestFor({ ...DEFAULT_INTEREST, preset: "euDirective", referenceRate: 0.02 }, "EUR", "en")!.annualRate,
    ).toBeCloseTo(0.1, 12);
  });
});
