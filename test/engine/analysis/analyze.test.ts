import { ANALYSIS_STAGES, analyzeLedger, analyzeLedgerAsync, withChecks } from "../../../src/engine/analysis/analyze";
import * as checksCache from "../../../src/engine/history/checksCache";
import { replanMissed } from "../../../src/engine/analysis/plans";
import { paymentPlan } from "../../../src/engine/core/paymentPlan";
import type {
  Analysis,
  AnalysisBeforeChecks,
  AnalysisSettings,
  Invoice,
  LedgerInput,
} from "../../../src/engine/analysis/types";
import { invoicesOf } from "../../../src/engine/collections/desk";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { exportFiles } from "../ledger/exportFiles";
import { AS_OF, d, handLedger, ZH_HEADERS } from "./handLedger";

const settings: AnalysisSettings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" };
const run = (values = handLedger(), s: Partial<AnalysisSettings> = {}): Analysis =>
  analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, { ...settings, ...s });
const customer = (a: Analysis, name: string) => a.customers.find((c) => c.customer === name)!;

describe("analyzeLedger on the hand-built ledger (as of 2025-06-30)", () => {
  const a = run();

  test("maps the columns from the header row under a title row", () => {
    expect(a.mapping.headerRow).toBe(1);
    expect(a.mapping.columns).toEqual({
      customer: 0,
      invoiceNumber: 1,
      invoiceDate: 2,
      dueDate: 3,
      amount: 4,
      paidAmount: 5,
      openAmount: null,
      paidDate: 6,
      disputed: 7,
      currency: null,
      terms: null,
      insuredLimit: null,
      localAmount: null,
      bookedRate: null,
      creditLimit: null,
    });
    expect(a.source.address).toBe("Ledger!A1:H19");
  });

  test("accounts for every row: 11 invoices + 5 excluded + 1 blank = 17 data rows", () => {
    expect(a.counts).toEqual({ dataRows: 17, invoices: 11, payments: 0, excluded: 5, blank: 1 });
    const excluded = a.issues.filter((i) => i.severity === "excluded").map((i) => [i.address, i.reason.code]);
    expect(excluded).toEqual([
      ["Ledger!E15", "row.badAmount"],
      ["Ledger!D16", "row.badDueDate"],
      ["Ledger!B17", "row.duplicate"],
      ["Ledger!A18", "row.customerEmpty"],
      ["Ledger!C19", "row.afterAsOf"],
    ]);
    expect(a.issues.find((i) => i.reason.code === "row.duplicate")!.reason.params.first).toBe("Ledger!A7");
    const warnings = a.issues.filter((i) => i.severity === "warning").map((i) => [i.address, i.reason.code]);
    expect(warnings).toEqual([
      ["Ledger!F14", "row.overpaid"],
      ["Ledger!D14", "row.dueBeforeInvoice"],
    ]);
    expect(a.issues.find((i) => i.reason.code === "row.badAmount")!.reason.text).toMatch(/abc/);
  });

  test("aging by due date: current 2,200; 1–30 2,350; 61–90 −300 (credit note); 91+ 5,800", () => {
    // Current: INV-005 1,500 + INV-201 700. 1–30: INV-004 3,000 − 1,000 paid (16 days) + INV-006 400 (paid after the
    // as-of date, so open, 30 days) − 50 overpaid on INV-202. 61–90: CN-103 (81 days). 91+: INV-101 5,000 (105 days)
    // + INV-102 800 (91 days).
    expect(a.aging.labels).toEqual(["Current", "1-30", "31-60", "61-90", "91+"]);
    expect(a.aging.totals).toEqual([2200, 2350, 0, -300, 5800]);
    expect(a.aging.total).toBe(10050);
    expect(a.portfolio.totalOpen).toBe(10050);
    expect(a.portfolio.currentOpen).toBe(2200);
    expect(a.portfolio.overdueOpen).toBe(7850);
    expect(a.portfolio.over90Share).toBeCloseTo(5800 / 10050, 12);
    expect(a.portfolio.disputedOpen).toBe(800);
    expect(a.portfolio.disputedAging).toEqual([0, 0, 0, 0, 800]);
    expect(a.aging.byCustomer.map((c) => [c.customer, c.total])).toEqual([
      ["Beta", 5500],
      ["Alpha", 3900],
      ["Gamma", 650],
    ]);
  });

  test("DSO over 90 days: sales invoiced after 2025-04-01 = 6,500; DSO = 10,050 / 6,500 × 90", () => {
    // INV-004 3,000 + INV-005 1,500 + INV-006 400 − CN-103 300 + INV-201 700 + INV-202 1,200 (INV-003 on 04-01 is outside).
    expect(a.portfolio.creditSalesInWindow).toBe(6500);
    expect(a.portfolio.dso).toBeCloseTo((10050 / 6500) * 90, 10);
    expect(a.portfolio.bestPossibleDso).toBeCloseTo((2200 / 6500) * 90, 10);
    expect(a.portfolio.averageDaysDelinquent).toBeCloseTo((7850 / 6500) * 90, 10);
  });

  test("weighted days late and to pay over settled invoices", () => {
    // Settled: INV-001 1,000 paid 10 days late (40 days to pay), INV-002 2,000 on time (30), INV-003 1,000 30 late (60),
    // INV-202 1,200 25 late (1 day to pay). INV-004 is only part paid: not a settled invoice.
    expect(a.portfolio.weightedDaysLate).toBeCloseTo((1000 * 10 + 1000 * 30 + 1200 * 25) / 5200, 10);
    expect(a.portfolio.weightedDaysToPay).toBeCloseTo((1000 * 40 + 2000 * 30 + 1000 * 60 + 1200 * 1) / 5200, 10);
  });

  test("Alpha: days late 10, trend +26.7, grade 8 → letter of credit, no open-account limit beside its 4,900 peak", () => {
    const alpha = customer(a, "Alpha");
    expect(alpha.openAmount).toBe(3900);
    expect(alpha.overdueAmount).toBe(2400);
    expect(alpha.buckets).toEqual([1500, 2400, 0, 0, 0]);
    expect(alpha.shareOfAR).toBeCloseTo(3900 / 10050, 12);
    expect([alpha.invoiceCount, alpha.openInvoiceCount, alpha.paidInvoiceCount, alpha.paidLateCount]).toEqual([
      6, 3, 3, 2,
    ]);
    expect(alpha.paidLateAmount).toBe(2000);
    expect(alpha.lateShare).toBeCloseTo(2 / 3, 12);
    expect(alpha.weightedDaysLate).toBeCloseTo(10, 12);
    expect(alpha.recentDaysLate).toBeCloseTo(30, 12); // INV-003 paid 2025-05-31, within 90 days
    expect(alpha.earlierDaysLate).toBeCloseTo(10000 / 3000, 12);
    expect(alpha.trend).toBeCloseTo(30 - 10 / 3, 10);
    expect(alpha.historyDays).toBe(180);
    // PAYDEX-like: 10 days beyond terms lies between 0 (80) and 15 (70) → 80 − 10 × 10/15.
    expect(alpha.paydex).toBeCloseTo(73.3, 10);
    // Prior (the ledger): 70,000 / 5,200 = 13.4615 days late, 3 of 4 paid invoices late; k = 4 (under 5 customers
    // with paid invoices). w = 3 / 7. On the log scale (grade.ts): level 3/7 × ln 11 + 4/7 × ln 14.4615 = 2.55424
    // (e^ − 1 = 11.86 days); share 0.25 × (3/7 × 2/3 + 4/7 × 0.75) = 0.17857 (adds 12.86 × (e^0.17857 − 1) = 2.51);
    // trend 0.15 × 3/7 × (ln 31 − ln 11) = 0.06661 (adds 15.38 × (e^0.06661 − 1) = 1.06); overdue now
    // (2,000 × 16 + 400 × 30) / 3,900 = 11.28 days: (0.1 + 0.25 × 4/7) × ln 12.28 = 0.60912 (adds 16.44 × 0.8389
    // = 13.79). Score e^3.40852 − 1 = 29.22 → grade 8 (15 < score ≤ 30). Its 38.8 % of AR is no input.
    expect(alpha.riskScore).toBeCloseTo(29.22, 2);
    expect(alpha.grade).toBe(8);
    expect(alpha.gradeReasons.map((r) => [r.code, r.params.points])).toEqual([
      ["grade.result", undefined],
      ["grade.daysLate", 11.9],
      ["grade.lateShare", 2.5],
      ["grade.trendWorse", 1.1],
      ["grade.overdueNow", 13.8],
    ]);
    expect(alpha.terms.code).toBe("LC");
    const monthly = 8900 / (180 / (365 / 12));
    expect(alpha.creditLimit.monthlySales).toBe(Math.round(monthly * 100) / 100);
    // Balance by day: 1,000 (01-01), 3,000 (02-01), 2,000 (02-10), 0 (03-03), 1,000 (04-01), 1,400 (05-01), 4,400
    // (05-15), 3,400 (05-31), 4,900 (06-10), 3,900 (06-20). Peak 4,900 × 1.2 = 5,880; grade 8 is secured terms: the
    // proposal is no new credit beyond the 3,900 owed (not a limit of 0), and without a limit the user keeps it is
    // over nothing. (With the growth appetite, grade 7: 50 % = 2,940, the alerts test.)
    expect(alpha.creditLimit.peakExposure).toBe(4900);
    expect(alpha.creditLimit.peakDate).toBe(d("2025-06-10"));
    expect(alpha.creditLimit.amount).toBe(3900);
    expect(alpha.creditLimit.secured).toBe(true);
    expect(alpha.creditLimit.reasons.map((r) => r.code)).toEqual(["limit.peak", "limit.securedBalance"]);
    expect(alpha.creditLimit.reasons[1].text).toBe(
      "grade 8: new orders only against a letter of credit or cash in advance; no new credit beyond the 3,900.00 owed, collected as it falls due (2,400.00 overdue now)",
    );
    expect(alpha.keptLimit).toBeNull();
    expect(alpha.overLimit).toBe(false);
    expect(alpha.insuranceAdvised).toBe(true);
  });

  test("Beta: no paid history, all long overdue, 14.5 % disputed: grade 10 → cash in advance", () => {
    const beta = customer(a, "Beta");
    expect(beta.openAmount).toBe(5500);
    expect(beta.overdueAmount).toBe(5500);
    expect(beta.buckets).toEqual([0, 0, 0, -300, 5800]);
    expect(beta.weightedDaysLate).toBeNull();
    expect(beta.paydex).toBeNull();
    expect(beta.over60Share).toBe(1);
    expect(beta.disputedShare).toBeCloseTo(800 / 5500, 12);
    // No paid invoice (w = 0): the ledger's ln 14.4615 + 0.25 × 0.75 (its share late); overdue now (5,000 × 105 +
    // 800 × 91 − 300 × 81) / 5,500 = 104.27 days: (0.1 + 0.25) × ln 105.27 = 1.62979 (no paid record: full weight);
    // disputed 0.1 × 14.5 % = 0.01455 → e^4.50332 − 1 = 89.32 → grade 10 (above 75): cash in advance. Over 60 days
    // is shown, not scored (the days past due carry it).
    expect(beta.riskScore).toBeCloseTo(89.32, 2);
    expect(beta.grade).toBe(10);
    expect(beta.gradeReasons.map((r) => r.code)).toEqual([
      "grade.result",
      "grade.noHistory",
      "grade.overdueNow",
      "grade.disputed",
    ]);
    expect(beta.terms.code).toBe("CIA");
    expect(beta.insuranceReasons.map((r) => r.code)).toEqual(["insurance.largeRisky", "insurance.unproven"]);
    // Peak: 5,000 (02-15) + 800 (03-01) = 5,800 before the credit note; grade 10: no new credit beyond the 5,500 owed.
    expect(beta.creditLimit.peakExposure).toBe(5800);
    expect(beta.creditLimit.amount).toBe(5500);
    expect(beta.creditLimit.reasons.map((r) => r.code)).toEqual(["limit.peak", "limit.securedBalance"]);
  });

  test("Gamma: one settled invoice 25 days late, shrunk toward the ledger: grade 8", () => {
    const gamma = customer(a, "Gamma");
    expect(gamma.openAmount).toBe(650);
    expect(gamma.weightedDaysLate).toBe(25);
    // One paid invoice: w = 1/5, level 0.2 × ln 26 + 0.8 × ln 14.4615 = 2.78881 (15.26 days); share 0.25 × (0.2 × 1
    // + 0.8 × 0.75) = 0.2 (adds 16.26 × (e^0.2 − 1) = 3.60); nothing overdue → e^2.98881 − 1 = 18.86 → grade 8 (no cap:
    // the thin history is shrunk toward the ledger's 13.5 days late instead).
    expect(gamma.riskScore).toBeCloseTo(18.86, 2);
    expect(gamma.grade).toBe(8);
    expect(gamma.terms.code).toBe("LC");
    // Peak 700 + 1,200 = 1,900 (06-25, before the 1,250 payment) × 1.2 = 2,280, but grade 8 is secured terms: no new
    // credit beyond the 650 owed.
    expect(gamma.creditLimit.peakExposure).toBe(1900);
    expect(gamma.creditLimit.amount).toBe(650);
    expect(gamma.overLimit).toBe(false);
  });

  test("payment plans: Alpha 2,400 and Beta 4,700 (5,000 less the 300 credit note; the dispute stays out)", () => {
    expect(a.plans.map((p) => [p.customer, p.overdueBalance])).toEqual([
      ["Beta", 4700],
      ["Alpha", 2400],
    ]);
    const alpha = a.plans.find((p) => p.customer === "Alpha")!;
    // Grade 8: 30 % down (720) on 2025-07-07, then 1,680 over 2 months at 18.25 % a year (r = 1.5208 % a month):
    // level payment 1,680 × r / (1 − (1 + r)^−2) = 859.21 (interest 1,680 × r = 25.55, then 846.34 × r = 12.87),
    // the last one absorbs the cents.
    expect(alpha.schedule).toEqual([
      { number: 0, dueDate: d("2025-07-07"), payment: 720, interest: 0, principal: 720, remaining: 1680 },
      { number: 1, dueDate: d("2025-08-07"), payment: 859.21, interest: 25.55, principal: 833.66, remaining: 846.34 },
      { number: 2, dueDate: d("2025-09-07"), payment: 859.21, interest: 12.87, principal: 846.34, remaining: 0 },
    ]);
    expect(alpha.accelerationThreshold).toBe(480);
    // Re-plan: the 720 down payment missed by 30 days → 720 × 18.25 % × 30 / 365 = 10.80 late interest; 720 + 10.80
    // + 1,680 spread over the 2 remaining installments plus one, from 2025-08-07.
    expect(alpha.replan.lateInterest).toBe(10.8);
    expect(alpha.replan.schedule).toHaveLength(3);
    expect(alpha.replan.schedule[0].dueDate).toBe(d("2025-08-07"));
    const principal = alpha.replan.schedule.reduce((s, r) => s + Math.round(r.principal * 100), 0);
    expect(principal).toBe(241080);
    const beta = a.plans.find((p) => p.customer === "Beta")!;
    // Grade 10: 30 % down (1,410), then 3,290 over 2 months at 1.5208 % a month: level payment 1,682.62 (interest
    // 50.04), the last 1,657.42 + 25.21 interest = 1,682.63.
    expect(beta.downPayment).toBe(1410);
    expect(beta.schedule.slice(1).map((r) => r.payment)).toEqual([1682.62, 1682.63]);
  });

  test("re-plan of any installment, any days late: late interest by hand, sums to the cent, acceleration said", () => {
    const alpha = a.plans.find((p) => p.customer === "Alpha")!;
    // The analysis's own re-plan is the down payment 30 days late.
    const first = replanMissed(alpha, 0, 30);
    expect({
      missedInstallment: first.missedInstallment,
      lateInterest: first.lateInterest,
      schedule: first.schedule,
    }).toEqual(alpha.replan);
    // The down payment (720) reaches 1/5 of 2,400 (480): the whole balance may be demanded.
    expect(first.accelerationReached).toBe(true);
    // Installment 1 (859.21) 61 days late: 859.21 × 18.25 % × 61 / 365 = 26.21; then 859.21 + 26.21 + 846.34 over
    // installment 2 and one more, from 2025-09-07, at 18.25 % a year.
    const second = replanMissed(alpha, 1, 61);
    expect(second.lateInterest).toBe(26.21);
    expect(second.schedule.map((r) => [r.number, r.dueDate])).toEqual([
      [2, d("2025-09-07")],
      [3, d("2025-10-07")],
    ]);
    expect(second.schedule.reduce((s, r) => s + Math.round(r.principal * 100), 0)).toBe(85921 + 2621 + 84634);
    expect(second.schedule[second.schedule.length - 1].remaining).toBe(0);
    expect(second.accelerationReached).toBe(true); // 859.21 ≥ 480
    const beta = a.plans.find((p) => p.customer === "Beta")!;
    expect(replanMissed(beta, 1, 0).accelerationReached).toBe(true); // 1,682.62 ≥ 940 (1/5 of 4,700)
    expect(replanMissed(beta, 1, 0).lateInterest).toBe(0);
    // Six installments of 100 on 600: one missed is 1/6 of the balance, short of the 1/5 (120) threshold.
    const six = {
      schedule: paymentPlan({ balance: 600, installments: 6, firstDueDate: AS_OF + 7 }),
      annualRate: 0,
      accelerationThreshold: 120,
    };
    expect(replanMissed(six, 1, 10).accelerationReached).toBe(false);
    expect(replanMissed(six, 1, 10).lateInterest).toBe(0.5); // 100 × 18.25 % × 10 / 365
  });

  test("collection effectiveness index over the 90-day window, by hand", () => {
    // As of 45700, the window starts at 45610 (3 months of 30 days).
    const values = [
      ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Paid Date"],
      ["A", "1", 45500, 45530, 1000, 1000, 45600], // paid before the window: open 0 at its start
      ["A", "2", 45550, 45580, 2000, 2000, 45650], // paid inside it: 2,000 open at its start
      ["B", "3", 45600, 45630, 500, "", ""], // still open: 500 at the start, 500 overdue at the end
      ["B", "4", 45650, 45680, 3000, 1200, 45690], // sold in the window, 1,800 overdue at the end
      ["C", "5", 45690, 45720, 900, "", ""], // sold in the window, current at the end
    ];
    const p = analyzeLedger({ values, sheet: "S", topLeft: "A1" }, { ...settings, asOf: 45700 }).portfolio;
    // Begin AR 2,500; sales 3,900 / 3 = 1,300; end AR 3,200; end current 900:
    // (2,500 + 1,300 − 3,200) / (2,500 + 1,300 − 900) × 100 = 600 / 2,900 × 100 = 20.6897 %.
    expect(p.openAtWindowStart).toBe(2500);
    expect(p.creditSalesInWindow).toBe(3900);
    expect([p.totalOpen, p.currentOpen]).toEqual([3200, 900]);
    expect(p.collectionEffectivenessIndex!.toFixed(4)).toBe("20.6897");
    expect(a.portfolio.collectionEffectivenessIndex).not.toBeNull();
  });

  test("forecast: each invoice spread over its customer's habit (shrunk toward the portfolio's), doubtful 2,050", () => {
    // Settled: Alpha +10 d (1,000), 0 d (2,000), +30 d (1,000); Gamma +25 d (1,200). Twenty amount-weighted points:
    // portfolio 8×0, 4×10, 4×25, 4×30; Alpha 10×0, 5×10, 5×30 (3 paid: own weight 3×20 = 60 a point, portfolio's
    // 5×20 = 100); Gamma 20×25 (1 paid: 20 and 100); Beta the portfolio's alone.
    // Alpha INV-004 (2,000, 16 d past due): only offsets > 16 are still ahead → 25 and 30 → 07-09/07-14, week 2.
    // Alpha INV-005 (1,500 due 07-10): weights 1,400 at 0 (week 2), 700 at +10 (week 3), 400 at +25 (week 5),
    // 700 at +30 (week 6) of 3,200 → cumulative rounding 656.25, 328.13, 187.50, 328.12.
    // Alpha INV-006 (400, 30 d past due): nothing in the habit is later → week 1.
    // Beta INV-101 105 d past due → 75 % of 5,000 = 3,750 in week 1 (1,250 doubtful), less the 300 credit = 3,450;
    // INV-102 disputed and no disputed invoice of the ledger was ever collected → doubtful 800.
    // Gamma INV-201 (700 due 07-20): 800 at 0 (week 3), 400 at +10 (week 5), 800 at +25 (week 7), 400 at +30
    // (week 8) of 2,400 → 233.33, 116.67, 233.33, 116.67; less the 50 overpaid from week 3.
    const weeks = a.forecast.weeks.map((w) => w.expected);
    expect(weeks).toEqual([3850, 2656.25, 511.46, 0, 304.17, 328.12, 233.33, 116.67, 0, 0, 0, 0, 0]);
    expect(a.forecast.weeks[0]).toMatchObject({ start: d("2025-07-01"), end: d("2025-07-07") });
    expect(a.forecast.beyond).toBe(0);
    expect(a.forecast.doubtful).toBe(2050);
    expect(a.forecast.total).toBe(10050);
  });

  test("alerts: ranked by money at risk = amount × likelihood of the grade (8: 40 %, 10: 70 %), each with its next action", () => {
    // Over limit is measured against the limits the user keeps: here 0 for all three (secured terms, as typed).
    const kept = ["Alpha", "Beta", "Gamma"].map((customer) => ({ customer, amount: 0, source: "user" as const }));
    const a = run(handLedger(), { keptLimits: kept });
    // Beta (grade 10) over 90: 5,800 × 0.7 = 4,060; concentration: 5,500 × 0.7 = 3,850; over limit (limit 0): 5,500 ×
    // 0.7 = 3,850 (ties: high first, then amount, then kind); Alpha (grade 8) concentration, over limit (secured
    // terms: limit 0) and deterioration: 3,900 × 0.4 = 1,560; Beta's old dispute: 800 × 0.7 = 560; Gamma (grade 8)
    // over limit (limit 0): 650 × 0.4 = 260.
    expect(a.alerts.map((x) => `${x.kind}:${x.customer}:${x.severity}:${x.atRisk}`)).toEqual([
      "over90:Beta:high:4060",
      "concentration:Beta:high:3850",
      "overLimit:Beta:high:3850",
      "concentration:Alpha:high:1560",
      "overLimit:Alpha:high:1560",
      "deteriorating:Alpha:medium:1560",
      "oldDispute:Beta:medium:560",
      "overLimit:Gamma:high:260",
    ]);
    expect(a.alerts.find((x) => x.kind === "overLimit" && x.customer === "Beta")!.action.code).toBe("action.secured");
    expect(a.alerts.find((x) => x.kind === "over90")!.amount).toBe(5800);
    expect(a.alerts.find((x) => x.kind === "overLimit" && x.customer === "Alpha")!.action.code).toBe("action.secured");
    // The growth appetite serves grade 8 as grade 7 (terms and limit): 4,900 × 1.2 × 50 % = 2,940, so Alpha's 3,900
    // is 960.00 over it: hold new orders. Money at risk 960 × 0.4 (its grade is still 8) = 384.
    const growth = run(handLedger(), {
      riskAppetite: "growth",
      keptLimits: [{ customer: "Alpha", amount: 2940, source: "accepted" }],
    });
    const over = growth.alerts.find((x) => x.kind === "overLimit" && x.customer === "Alpha")!;
    expect(over.atRisk).toBe(384);
    expect(over.action.code).toBe("action.holdOrders");
    expect(over.action.text).toBe(
      "hold new orders from Alpha until the balance is back under 2,940.00 (collect 960.00)",
    );
    for (const x of a.alerts) expect(x.action.text.length).toBeGreaterThan(10);
  });

  test("insurance check: 4 of 5 risk criteria met → advised", () => {
    const byId = Object.fromEntries(a.insurance.criteria.map((c) => [c.id, c]));
    expect(byId.largestCustomerShare.figure).toBeCloseTo(5500 / 10050, 12);
    expect(byId.topFiveShare.figure).toBeCloseTo(1, 12);
    expect(byId.herfindahl.figure).toBeCloseTo((3900 ** 2 + 5500 ** 2 + 650 ** 2) / 10050 ** 2, 12);
    expect(byId.unprovenLargeExposures.figure).toBeCloseTo((5500 + 650) / 10050, 12);
    const mean = 70000 / 5200;
    expect(byId.volatileBehaviour.figure).toBeCloseTo(
      Math.sqrt((1000 * 100 + 1000 * 900 + 1200 * 625) / 5200 - mean * mean),
      10,
    );
    expect(a.insurance.criteria.map((c) => c.met)).toEqual([true, true, true, true, true, false]);
    expect(a.insurance.criteria.map((c) => c.role)).toEqual(["precondition", "risk", "risk", "risk", "risk", "risk"]);
    expect(a.insurance.verdict).toBe("advised");
  });

  test("Chinese headers and 是/否 give the same analysis", () => {
    const zh = run(handLedger(ZH_HEADERS, "是", "否"));
    expect(zh.mapping.columns).toEqual(a.mapping.columns);
    expect(zh.customers).toEqual(a.customers);
    expect(zh.forecast).toEqual(a.forecast);
    expect(zh.issues.map((i) => i.address)).toEqual(a.issues.map((i) => i.address));
  });

  test("the user's mapping overrides detection and a missing due-date column derives due dates", () => {
    const values = handLedger().map((row) => [row[0], row[1], row[2], row[4]]);
    const b = run(values, { defaultTermsDays: 30 });
    expect(b.mapping.columns.dueDate).toBeNull();
    expect(b.mapping.notes.map((n) => n.code)).toContain("mapping.dueFromDefault");
    const inv = b.customers.find((c) => c.customer === "Alpha")!;
    expect(inv.invoiceCount).toBe(6);
    const swapped = run(handLedger(), { mapping: { invoiceDate: 3, dueDate: 2 } });
    expect(swapped.mapping.source.invoiceDate).toBe("user");
    expect(swapped.issues.filter((i) => i.reason.code === "row.dueBeforeInvoice").length).toBeGreaterThan(5);
  });

  test("settings are validated with a message naming the setting", () => {
    expect(() => run(handLedger(), { asOf: Number.NaN })).toThrow(/as-of date/);
    expect(() => run(handLedger(), { agingEdges: [30, 10] })).toThrow(/aging edges/);
    expect(() => run(handLedger(), { dsoWindowDays: 0 })).toThrow(/DSO window/);
  });

  test("notes: no note for a current as-of date; a far later as-of date with everything settled says so", () => {
    expect(a.notes).toEqual([]);
    const settled = handLedger().slice(0, 5); // title, header, INV-001..003 (all settled)
    const later = run(settled, { asOf: d("2026-06-30") });
    expect(later.portfolio.totalOpen).toBe(0);
    expect(later.notes.map((n) => [n.code, n.params.latest])).toEqual([["analysis.allSettled", "2025-05-31"]]);
    expect(run(handLedger(), { asOf: d("2027-06-30") }).notes.map((n) => n.code)).toEqual(["analysis.staleAsOf"]);
  });

  test("a ledger mixing currencies without rates: the other currency is named and left out, never added", () => {
    const values = handLedger().map((row, i) => [
      ...row,
      i === 0 ? "" : i === 1 ? "Currency" : i % 4 === 0 ? "usd" : "CNY",
    ]);
    const mixed = run(values);
    expect(mixed.settings.currency).toBe("CNY");
    expect(mixed.notes.map((n) => [n.code, n.params.currencies])).toEqual([["analysis.noRate", "USD 1,100.00 (3)"]]);
    expect(mixed.issues.filter((i) => i.reason.code === "row.noRate")).toHaveLength(3);
    expect(mixed.counts.invoices + mixed.counts.excluded + mixed.counts.blank).toBe(mixed.counts.dataRows);
    // Every non-blank row has a currency here (the blank row too, so it is no longer blank): 13 CNY, 4 USD.
    expect(mixed.ledgerCurrencies).toEqual([
      { code: "CNY", rows: 13 },
      { code: "USD", rows: 4 },
    ]);
    // One currency chosen: its rows are analysed, the others listed as excluded, the note gone.
    const usd = run(values, { onlyCurrency: "usd" });
    expect(usd.settings.currency).toBe("USD");
    expect(usd.settings.onlyCurrency).toBe("USD");
    expect(usd.notes).toEqual([]);
    // USD 3 before, plus INV-005's second row, no longer a duplicate once its CNY first use is left out.
    expect(usd.counts.invoices).toBe(4);
    const other = usd.issues.filter((i) => i.reason.code === "row.otherCurrency");
    expect(other).toHaveLength(13);
    expect(other[0].reason.params).toEqual({ currency: "CNY", only: "USD" });
    expect(usd.counts.invoices + usd.counts.excluded + usd.counts.blank).toBe(usd.counts.dataRows);
    expect(usd.ledgerCurrencies).toEqual(mixed.ledgerCurrencies);
    const cny = run(values, { onlyCurrency: "CNY" });
    expect(cny.counts.invoices).toBe(8);
    expect(cny.issues.filter((i) => i.reason.code === "row.otherCurrency")).toHaveLength(4);
  });

  test("customer names written with full-width brackets or extra spaces are one customer, and the analysis says so", () => {
    const values = handLedger().map((row) =>
      row[0] === "Alpha" && row[1] === "INV-002" ? ["Ａｌｐｈａ", ...row.slice(1)] : row,
    );
    const merged = run(values);
    expect(merged.customers.map((c) => c.customer)).toEqual(a.customers.map((c) => c.customer));
    expect(merged.portfolio).toEqual(a.portfolio);
    expect(merged.notes.map((n) => [n.code, n.params.count, n.params.names])).toEqual([
      ["analysis.mergedNames", 1, '"Ａｌｐｈａ" = "Alpha"'],
    ]);
  });

  test("the async analysis reports each stage, gives the same result, and stops when cancelled", async () => {
    const stages: string[] = [];
    const same = await analyzeLedgerAsync({ values: handLedger(), sheet: "Ledger", topLeft: "A1" }, settings, {
      onStage: (st) => stages.push(st),
    });
    expect(same).toEqual(a);
    expect(stages).toEqual([...ANALYSIS_STAGES]);
    const controller = new AbortController();
    const run2 = analyzeLedgerAsync({ values: handLedger(), sheet: "Ledger", topLeft: "A1" }, settings, {
      signal: controller.signal,
      onStage: (st) => st === "customers" && controller.abort(),
    });
    await expect(run2).rejects.toMatchObject({ name: "AbortError" });
  });

  test("the input array is not modified", () => {
    const values = handLedger();
    const copy = JSON.parse(JSON.stringify(values));
    run(values);
    expect(values).toEqual(copy);
  });
});

describe("the ledger's invoices handed over as read (hooks.onLedgerInvoices)", () => {
  const files = exportFiles() ?? [];
  const cases: [string, LedgerInput, Partial<AnalysisSettings>][] = [
    ["the hand-built ledger", { values: handLedger(), sheet: "Ledger", topLeft: "A1" }, {}],
    ["a generated ledger", generated(), { dateOrder: "dmy" }],
    ...files.map((f): [string, LedgerInput, Partial<AnalysisSettings>] => [
      f.file,
      { values: f.values, numberFormats: f.numberFormats, sheet: "Export", topLeft: "A1" },
      { asOf: f.asOfSerial, reportingCurrency: "CNY", rates: [{ currency: "USD", rate: 7.19, date: null }] },
    ]),
    // Several currencies, one kept: the invoices of that one, in it.
    ...files
      .filter((f) => Object.keys(f.truth.openByCurrency).length > 1)
      .map((f): [string, LedgerInput, Partial<AnalysisSettings>] => [
        `${f.file}, ${Object.keys(f.truth.openByCurrency)[1]} only`,
        { values: f.values, numberFormats: f.numberFormats, sheet: "Export", topLeft: "A1" },
        { asOf: f.asOfSerial, onlyCurrency: Object.keys(f.truth.openByCurrency)[1] },
      ]),
  ];

  test.each(cases)(
    "%s: the very invoices the desk would read again (invoicesOf), once, in their own currencies",
    (_, input, more) => {
      const s = { ...settings, ...more };
      const handed: Invoice[][] = [];
      const a = analyzeLedger(input, s, { onLedgerInvoices: (invoices) => handed.push(invoices) });
      expect(handed).toHaveLength(1);
      expect(handed[0]).toEqual(invoicesOf(input, a));
      expect(handed[0].length).toBeGreaterThan(0);
    },
  );

  test("the same from the analysis that gives the page a turn between stages", async () => {
    const input = { values: handLedger(), sheet: "Ledger", topLeft: "A1" };
    let handed: Invoice[] = [];
    const a = await analyzeLedgerAsync(input, settings, {
      pause: async () => {},
      onLedgerInvoices: (x) => (handed = x),
    });
    expect(handed).toEqual(invoicesOf(input, a));
  });
});

describe("the results handed over before the checks (hooks.onResultsBeforeChecks)", () => {
  afterEach(() => jest.restoreAllMocks());

  test("once, before the model check and the forecast check are computed, and without them", () => {
    checksCache.clearLedgerChecks();
    const order: string[] = [];
    const compute = checksCache.ledgerChecks;
    jest.spyOn(checksCache, "ledgerChecks").mockImplementation((...args) => (order.push("checks"), compute(...args)));
    const handed: AnalysisBeforeChecks[] = [];
    const a = analyzeLedger(generated(), settings, {
      onResultsBeforeChecks: (r) => (order.push("results"), handed.push(r)),
    });
    expect(order).toEqual(["results", "checks"]);
    expect(handed).toHaveLength(1);
    expect("modelCheck" in handed[0] || "forecastCheck" in handed[0]).toBe(false);
    const { modelCheck, forecastCheck, ...rest } = a;
    expect(handed[0]).toEqual(rest);
    expect(modelCheck.observations).toBeGreaterThan(0);
    expect(forecastCheck.points).toBeGreaterThan(0);
  });

  test("the results with their checks (withChecks) are the analysis, field for field and in its order", () => {
    const handed: AnalysisBeforeChecks[] = [];
    const a = analyzeLedger(generated(), settings, { onResultsBeforeChecks: (r) => handed.push(r) });
    const whole = withChecks(handed[0], { modelCheck: a.modelCheck, forecastCheck: a.forecastCheck });
    expect(whole).toEqual(a);
    expect(Object.keys(whole)).toEqual(Object.keys(a));
    expect(JSON.stringify(whole)).toBe(JSON.stringify(a));
  });

  test("the page gets a turn between the results and the checks; the checks are no stage of the progress", async () => {
    const events: string[] = [];
    await analyzeLedgerAsync({ values: handLedger(), sheet: "Ledger", topLeft: "A1" }, settings, {
      pause: async () => void events.push("turn"),
      onStage: (stage, index, of) => events.push(`${stage} ${index + 1}/${of}`),
      onResultsBeforeChecks: () => events.push("results"),
    });
    expect(events.slice(-4)).toEqual([`forecast 7/7`, "turn", "results", "turn"]);
    expect(events.filter((e) => e.includes("/"))).toHaveLength(ANALYSIS_STAGES.length);
  });
});

function generated(): LedgerInput {
  const ledger = generateLedger({ seed: 5, customers: 40, invoices: 1500, asOf: AS_OF, language: "zh" });
  return { values: ledger.values, sheet: "Ledger", topLeft: "A1" };
}
