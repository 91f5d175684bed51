import { buildDesk, invoicesOf } from "../../../src/engine/collections/desk";
import { parseContactLog } from "../../../src/engine/collections/log";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../src/engine/collections/settings";
import { buildToday } from "../../../src/engine/collections/today";
import { analysisAt, AS_OF, ledger, logValues } from "./deskLedger";

const options = { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY, alertDays: 14 };
const today = (asOf: number, rows: unknown[][] = logValues.slice(1), policy = DEFAULT_POLICY) => {
  const log = parseContactLog([logValues[0], ...rows], "AR Lens Log");
  return buildToday(buildDesk(ledger, analysisAt(asOf), log, { dunning: DEFAULT_DUNNING, policy }), {
    ...options,
    policy,
  });
};
const row = (items: ReturnType<typeof today>["items"]) => items.map((i) => [i.customer, i.reasons, i.step]);

describe("Today: who to contact and the one next step", () => {
  it("a broken promise comes first; a pending promise not yet due waits; nothing else is due today", () => {
    // Alpha broke a promise of 1000 by 45712 (logged at friendly, now final); Beta's 300 is promised for 45720;
    // Gamma falls due 45730 (13 days).
    expect(row(today(AS_OF).items)).toEqual([["Alpha", ["brokenPromise", "stageChange"], "finalNoticeHold"]]);
  });

  it("a promise due today is a call to confirm the payment; a contact logged today takes the customer off", () => {
    const t = today(45720);
    expect(row(t.items).find((r) => r[0] === "Beta")).toEqual(["Beta", ["promiseDue"], "confirmPromise"]);
    const after = today(45720, [
      ...logValues.slice(1),
      [45720, "Beta", "", "Call", "Friendly reminder", "paying today", "", "", ""],
    ]);
    expect(after.items.map((i) => i.customer)).not.toContain("Beta");
    expect(after.doneToday).toEqual(["Beta"]);
  });

  it("invoices falling due within the courtesy days: a courtesy reminder, once", () => {
    const t = today(45727, []);
    expect(row(t.items).find((r) => r[0] === "Gamma")).toEqual(["Gamma", ["dueSoon"], "courtesyReminder"]);
    expect(t.items.find((i) => i.customer === "Gamma")).toMatchObject({ dueSoon: 800, dueSoonDate: 45730 });
    const reminded = today(45728, [[45727, "Gamma", "", "Email", "Courtesy reminder", "sent", "", "", ""]]);
    expect(reminded.items.map((i) => i.customer)).not.toContain("Gamma");
  });

  it("a courtesy reminder names the customer as its first invoice does, paid or not (names read as one key)", () => {
    const analysis = analysisAt(45727);
    const invoices = invoicesOf(ledger, analysis);
    const gamma = invoices.find((i) => i.customer === "Gamma")!;
    const paidFirst = {
      ...gamma,
      customer: "Gamma ",
      row: 0,
      openAmount: 0,
      paidAmount: gamma.amount,
      paidDate: 45600,
    };
    const log = parseContactLog([logValues[0]], "AR Lens Log");
    const desk = buildDesk(ledger, analysis, log, {
      dunning: DEFAULT_DUNNING,
      policy: DEFAULT_POLICY,
      invoices: [paidFirst, ...invoices],
    });
    const t = buildToday(desk, options);
    expect(t.items.filter((i) => i.step === "courtesyReminder").map((i) => [i.customer, i.dueSoon])).toEqual([
      ["Gamma ", 800],
    ]);
  });

  it("a stage change since the last logged contact; never contacted: the stage just entered, or a first contact", () => {
    // Beta's INV3 is 7 days overdue at 45717 (friendly). Logged at the courtesy stage before: the stage moved on.
    const moved = today(AS_OF, [[45700, "Beta", "", "Email", "Courtesy reminder", "sent", "", "", ""]]);
    expect(row(moved.items).find((r) => r[0] === "Beta")).toEqual(["Beta", ["stageChange"], "friendlyReminder"]);
    // Never contacted: friendly since 45711, 6 days < the 7-day interval → today; at 45720 (9 days) it waits in the worklist.
    expect(row(today(AS_OF, []).items).find((r) => r[0] === "Beta")).toEqual([
      "Beta",
      ["stageChange"],
      "friendlyReminder",
    ]);
    // At 45720 (9 days in the stage): a first contact, among the day's first contacts by priority.
    expect(row(today(45720, []).items).find((r) => r[0] === "Beta")).toEqual([
      "Beta",
      ["firstContact"],
      "friendlyReminder",
    ]);
  });

  it("at most N first contacts a day, by priority, counting those made today; the rest wait in the worklist", () => {
    const log = (rows: unknown[][]) => parseContactLog([logValues[0], ...rows], "L");
    const at = (rows: unknown[][], n: number) =>
      buildToday(
        buildDesk(ledger, analysisAt(45720), log(rows), { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY }),
        { ...options, firstContactsPerDay: n },
      );
    // Alpha (priority first) and Beta, both never contacted at 45720.
    expect(at([], 1).items.map((i) => i.customer)).toEqual(["Alpha"]);
    expect(at([], 1).waitingFirstContact).toBe(1);
    // Alpha called today: the day's one first contact is used; Beta waits.
    const done = at([[45720, "Alpha", "", "Call", "", "called", "", "", ""]], 1);
    expect([done.items.map((i) => i.customer), done.waitingFirstContact]).toEqual([[], 1]);
  });

  it("an insurer deadline within the window: notify the insurer (one step), then the lawyer's letter once escalated", () => {
    const policy = { ...DEFAULT_POLICY, insured: true };
    const t = today(AS_OF, [], policy);
    const alpha = t.items.find((i) => i.customer === "Alpha")!;
    expect(alpha.reasons[0]).toBe("insurerDeadline");
    expect(alpha.step).toBe("notifyInsurer");
    const log = parseContactLog(
      [logValues[0], [AS_OF, "Alpha", "", "Other", "Escalated", "insurer notified", "", "", ""]],
      "L",
    );
    const desk = buildDesk(ledger, analysisAt(AS_OF + 30), log, { dunning: DEFAULT_DUNNING, policy });
    expect(desk.worklist.find((w) => w.customer === "Alpha")?.action).toBe("lawyerLetter");
  });
});
