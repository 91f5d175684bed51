import { forecastCollections } from "../../../src/engine/analysis/forecast";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { buildDesk, deskGroups, invoicesOf, withPromiseReasons } from "../../../src/engine/collections/desk";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../src/engine/collections/settings";
import { AS_OF, analysisAt, ledger, log } from "./deskLedger";

const insured = { ...DEFAULT_POLICY, insured: true };

describe("the desk", () => {
  const analysis = analysisAt();
  const desk = buildDesk(ledger, analysis, log(), { dunning: DEFAULT_DUNNING, policy: insured });

  it("uses the invoices given (read where the analysis ran), and their groups, instead of reading the ledger again", () => {
    const given = invoicesOf(ledger, analysis);
    const again = buildDesk(ledger, analysis, log(), { dunning: DEFAULT_DUNNING, policy: insured, invoices: given });
    expect(again).toEqual(desk);
    const groups = deskGroups(given);
    expect(
      buildDesk(ledger, analysis, log(), { dunning: DEFAULT_DUNNING, policy: insured, invoices: given, groups }),
    ).toEqual(desk);
    const empty = { byCustomer: new Map(), open: new Map() }; // taken as given, not grouped again
    expect(
      buildDesk(ledger, analysis, log(), { dunning: DEFAULT_DUNNING, policy: insured, invoices: given, groups: empty })
        .worklist,
    ).toEqual([]);
    const none = buildDesk(ledger, analysis, log(), { dunning: DEFAULT_DUNNING, policy: insured, invoices: [] });
    expect(none.worklist).toEqual([]);
    expect(none.invoices).toEqual([]);
  });

  it("a customer's paid invoices change neither its cover nor its worklist item; a customer with nothing open keeps its cover", () => {
    const given = invoicesOf(ledger, analysis);
    const paid = given.map((inv, i) => ({
      ...inv,
      row: 100 + i,
      openAmount: 0,
      paidAmount: inv.amount,
      paidDate: 45600,
    }));
    const settled = { ...given[0], customer: "Epsilon", row: 200, openAmount: 0, paidAmount: 50, amount: 50 };
    const more = buildDesk(ledger, analysis, log(), {
      dunning: DEFAULT_DUNNING,
      policy: insured,
      invoices: [...paid, ...given, settled],
    });
    expect(more.worklist).toEqual(desk.worklist);
    expect(more.covers.filter((c) => c.customer !== "Epsilon")).toEqual(desk.covers);
    expect(more.covers.find((c) => c.customer === "Epsilon")).toMatchObject({ openUndisputed: 0, invoices: [] });
  });

  it("lists every customer with an overdue undisputed balance, ranked, with stage and next action", () => {
    expect(desk.worklist.map((w) => w.customer)).toEqual(["Alpha", "Beta"]); // Gamma not due, Delta disputed
    const [alpha, beta] = desk.worklist;
    expect(alpha.overdue).toBe(3000);
    expect(alpha.oldestDaysPastDue).toBe(67);
    // Past the insurer's deadline (45710) → escalate, whatever the days say.
    expect(alpha.stage).toBe("escalate");
    expect(alpha.brokenPromise?.amount).toBe(1000);
    expect(alpha.dueToday).toBe(true);
    expect(alpha.priorityReasons.map((r) => r.code)).toEqual([
      "desk.priority.money",
      "desk.priority.age",
      "desk.priority.contact",
      "desk.priority.broken",
    ]);
    expect(beta.stage).toBe("friendly");
    expect(beta.action).toBe("awaitPromise");
    expect(beta.dueToday).toBe(false);
    expect(alpha.priority).toBeGreaterThan(beta.priority);
  });

  it("puts a broken promise back in the worklist at the next stage", () => {
    const uninsured = buildDesk(ledger, analysis, log(), { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY });
    // Alpha: 67 days (final) and a broken promise made at the friendly stage → next is firm; the later one, final, wins.
    expect(uninsured.worklist[0].stage).toBe("final");
    const late = buildDesk(ledger, analysis, log(), {
      dunning: { ...DEFAULT_DUNNING, edges: [70, 80, 100] },
      policy: DEFAULT_POLICY,
    });
    // With edges 70/80/100, 67 days is friendly; the broken promise (friendly) moves Alpha to firm.
    expect(late.worklist[0].stage).toBe("firm");
  });

  it("gives the cover: claimable, the insured limit column and the uninsured part", () => {
    const alpha = desk.covers.find((c) => c.customer === "Alpha")!;
    expect([alpha.insuredLimit, alpha.claimable, alpha.uninsured, alpha.nextNotifyBy]).toEqual([
      2500, 2250, 500, 45710,
    ]);
    expect(desk.alerts.map((a) => [a.kind, a.customer])).toEqual([
      ["brokenPromise", "Alpha"],
      ["notifyOverdue", "Alpha"],
      ["overInsuredLimit", "Alpha"],
      ...desk.alerts.filter((a) => a.kind === "planBeyondExtension").map((a) => [a.kind, a.customer]),
    ]);
  });

  it("moves an open promise to its date in the forecast, discounted by the record, to the cent", () => {
    // Beta promised 300 on 45720 (week 1); record kept 1, broken 0 → (1+1)/(1+0+2) = 2/3 → 200.00 moved.
    // Beta's INV3 (500, due 45710) was expected 22 days late (INV4 paid 22 days late) → 45732, week 3.
    expect(desk.moves).toEqual([
      { customer: "Beta", promisedDate: 45720, promised: 300, keepRate: 2 / 3, moved: 200, fromWeeks: [3], toWeek: 1 },
    ]);
    const before = analysis.forecast.weeks.map((w) => w.expected);
    const after = desk.forecast.weeks.map((w) => w.expected);
    expect(after[0]).toBe(Math.round((before[0] + 200) * 100) / 100);
    expect(after[2]).toBe(Math.round((before[2] - 200) * 100) / 100);
    expect(after.slice(3)).toEqual(before.slice(3));
    const cents = (f: typeof desk.forecast) =>
      Math.round(f.weeks.reduce((s, w) => s + w.expected * 100, 0) + f.beyond * 100 + f.doubtful * 100);
    expect(cents(desk.forecast)).toBe(cents(analysis.forecast));
    expect(desk.forecast.reasons.at(-1)?.code).toBe("desk.forecast.promises");
  });

  it("a customer's own forecast is the forecast of its invoices alone", () => {
    const byCustomer = groupByCustomer(desk.invoices);
    const beta = forecastCollections(
      new Map([["Beta", byCustomer.get("Beta")!]]),
      new Map([["Beta", 22]]),
      null,
      AS_OF,
    );
    expect(beta.weeks[2].expected).toBe(500);
  });

  it("appends the broken promises to the customer's reasons", () => {
    const customers = withPromiseReasons(analysis.customers, desk.records);
    const alpha = customers.find((c) => c.customer === "Alpha")!;
    expect(alpha.gradeReasons.at(-1)).toMatchObject({
      code: "desk.reason.brokenPromises",
      params: { broken: 1, kept: 0, pending: 0 },
    });
    expect(alpha.grade).toBe(analysis.customers.find((c) => c.customer === "Alpha")!.grade);
  });
});

describe("the optional courtesy stage", () => {
  it("lists a customer with nothing overdue whose invoices fall due within the courtesy days, when it is on", () => {
    const analysis = analysisAt();
    const off = buildDesk(ledger, analysis, log(), {
      dunning: { ...DEFAULT_DUNNING, courtesyDaysBefore: 14 },
      policy: DEFAULT_POLICY,
    });
    expect(off.worklist.map((w) => w.customer)).toEqual(["Alpha", "Beta"]);
    // Gamma's INV5 (800) falls due on 45730, 13 days after the as-of date.
    const near = buildDesk(ledger, analysis, log(), {
      dunning: { ...DEFAULT_DUNNING, courtesy: true, courtesyDaysBefore: 12 },
      policy: DEFAULT_POLICY,
    });
    expect(near.worklist.map((w) => w.customer)).toEqual(["Alpha", "Beta"]);
    const on = buildDesk(ledger, analysis, log(), {
      dunning: { ...DEFAULT_DUNNING, courtesy: true, courtesyDaysBefore: 14 },
      policy: DEFAULT_POLICY,
    });
    const gamma = on.worklist.find((w) => w.customer === "Gamma")!;
    expect([gamma.stage, gamma.action, gamma.overdue, gamma.dueSoon, gamma.dueToday]).toEqual([
      "courtesy",
      "courtesyReminder",
      0,
      800,
      true,
    ]);
    expect(gamma.priorityReasons[0].code).toBe("desk.priority.moneyDueSoon");
  });
});
