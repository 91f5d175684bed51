import { invoicesOf } from "../../../src/engine/collections/desk";
import { evaluatePromises, keepRate, promiseRecords } from "../../../src/engine/collections/promises";
import { AS_OF, analysisAt, ledger, log } from "./deskLedger";

describe("promises to pay", () => {
  const invoices = invoicesOf(ledger, analysisAt());

  it("is pending on its date and broken on the day after", () => {
    const entries = log().entries;
    const alpha = (asOf: number) => evaluatePromises(entries, invoices, asOf).find((p) => p.customer === "Alpha")!;
    expect(alpha(45712).status).toBe("pending");
    expect(alpha(45713).status).toBe("broken");
    expect(alpha(45713).brokenOn).toBe(45713);
  });

  it("is kept when payments dated from the promise to its date cover the amount", () => {
    const promises = evaluatePromises(log().entries, invoices, AS_OF);
    const beta = promises.filter((p) => p.customer === "Beta");
    expect(beta.map((p) => [p.status, p.paidTowards])).toEqual([
      ["kept", 500],
      ["pending", 0],
    ]);
    expect(promiseRecords(promises).get("Beta")).toEqual({ kept: 1, broken: 0, pending: 1 });
    expect(promiseRecords(promises).get("Alpha")).toEqual({ kept: 0, broken: 1, pending: 0 });
    expect(keepRate({ kept: 1, broken: 0, pending: 1 })).toBeCloseTo(2 / 3, 12);
    expect(keepRate(undefined)).toBe(0.5);
  });
});
