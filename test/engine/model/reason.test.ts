import fc from "fast-check";
import { holdSource, madeOnRead, money, reason, reasonOnDemand } from "../../../src/engine/model/reason";
import type { Reason } from "../../../src/engine/model/types";

const intl = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe("money in English reasons", () => {
  test("separators and two decimals", () => {
    expect(money(0)).toBe("0.00");
    expect(money(5)).toBe("5.00");
    expect(money(999.9)).toBe("999.90");
    expect(money(1000)).toBe("1,000.00");
    expect(money(44526.76)).toBe("44,526.76");
    expect(money(-1234567.05)).toBe("-1,234,567.05");
    expect(money(1.005)).toBe("1.01"); // rounded to the cent as the engine rounds, half up
    expect(money(-0.001)).toBe("0.00");
  });

  test("equals Intl's en-US format for every amount in cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (cents) => {
        expect(money(cents / 100)).toBe(intl.format(cents / 100));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("reasons shared by the customers that have the same one", () => {
  test("the same code, figures and text give one frozen reason; any difference gives its own", () => {
    const text = "no paid invoice yet: taken as the ledger's 10.4 days late: +10.4";
    const a = reason("grade.noHistory", { prior: 10.4, points: 10.4 }, text);
    expect(reason("grade.noHistory", { prior: 10.4, points: 10.4 }, text)).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.params)).toBe(true);
    expect(a).toEqual({ code: "grade.noHistory", params: { prior: 10.4, points: 10.4 }, text });
    const other = [
      reason("grade.other", { prior: 10.4, points: 10.4 }, text),
      reason("grade.noHistory", { prior: 10.4, points: 10.5 }, text),
      reason("grade.noHistory", { prior: 10.4 }, text),
      reason("grade.noHistory", { prior: 10.4, points: 10.4, extra: 1 }, text),
    ];
    for (const r of other) expect(r).not.toBe(a);
    const zero = reason("grade.result", { score: 0 }, "risk score 0 days");
    const minusZero = reason("grade.result", { score: -0 }, "risk score 0 days");
    expect(minusZero).not.toBe(zero);
    expect(Object.is(minusZero.params.score, -0)).toBe(true);
  });

  test("a code whose reasons never repeat stops being looked up (the same figures, each its own frozen reason)", () => {
    for (let i = 0; i < 300; i++) reason("limit.peakOwn", { peak: i }, `highest balance ${i}`);
    const a = reason("limit.peakOwn", { peak: 1 }, "highest balance 1");
    const b = reason("limit.peakOwn", { peak: 1 }, "highest balance 1");
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
    expect(Object.isFrozen(b)).toBe(true);
  });
});

describe("reasons whose English text is written when read", () => {
  test("the text is written on the first read, not before, and is what the writer gives for the figures", () => {
    let written = 0;
    const write = (p: Readonly<Record<string, number | string>>) => {
      written++;
      return `highest balance ${money(p.peak as number)} (${p.date})`;
    };
    const r = reasonOnDemand("limit.peak", { peak: 1234.5, date: "2025-03-04" }, write);
    expect(written).toBe(0);
    expect(r.text).toBe("highest balance 1,234.50 (2025-03-04)");
    expect(written).toBe(1);
    expect(() => {
      (r as { text: string }).text = "changed";
    }).toThrow(TypeError);
    expect(r.text).toBe("highest balance 1,234.50 (2025-03-04)");
  });

  test("each is the customer's own: the same figures give two reasons (nothing looked up), with the same text", () => {
    const write = (p: Readonly<Record<string, number | string>>) => `grade ${p.grade}: risk score ${p.score} days`;
    const a = reasonOnDemand("grade.resultOwn", { grade: 3, score: 2.1 }, write);
    const b = reasonOnDemand("grade.resultOwn", { grade: 3, score: 2.1 }, write);
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
    expect(a.text).toBe("grade 3: risk score 2.1 days");
  });

  test("it reads, compares, copies and serialises as a reason written out (keys in the same order)", () => {
    const text = "grade 5 allows 80 % of it: 48,000.00";
    const params = { grade: 5, factor: 80, limit: 48000 };
    const written = reason("limit.factorOwn", { ...params }, text);
    const lazy = reasonOnDemand(
      "limit.factorOwn",
      { ...params },
      (p) => `grade ${p.grade} allows ${p.factor} % of it: ${money(p.limit as number)}`,
    );
    expect(lazy).toEqual(written);
    expect(Object.keys(lazy)).toEqual(["code", "params", "text"]);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(written));
    expect(structuredClone(lazy)).toEqual({ code: "limit.factorOwn", params, text });
    expect({ ...lazy }).toEqual({ code: "limit.factorOwn", params, text });
  });
});

describe("figures made when read", () => {
  const made: string[] = [];
  const listOf = (s: { grade: number }) => {
    made.push(`grade ${s.grade}`);
    return [reason("grade.result", { grade: s.grade }, `grade ${s.grade}`)];
  };
  const define = madeOnRead("gradeReasons", listOf);
  const defineLimit = madeOnRead("limit", (s: { grade: number }, c: { customer: string }) => ({
    amount: 1000 * s.grade,
    who: c.customer,
  }));
  const customerWith = (grade: number) => {
    const c = { customer: "Acme" } as { customer: string; gradeReasons: Reason[]; grade: number };
    holdSource(c, { grade });
    define(c);
    c.grade = grade;
    return c;
  };

  test("a value is made on the first read, once, and kept (the same value on every read)", () => {
    made.length = 0;
    const c = customerWith(3);
    expect(made).toEqual([]);
    const first = c.gradeReasons;
    expect(first.map((r) => r.text)).toEqual(["grade 3"]);
    expect(c.gradeReasons).toBe(first);
    expect(made).toEqual(["grade 3"]);
  });

  test("it reads, compares, copies and serialises as the value written out, in its place among the keys", () => {
    const written = { customer: "Acme", gradeReasons: [reason("grade.result", { grade: 4 }, "grade 4")], grade: 4 };
    const c = customerWith(4);
    expect(Object.keys(c)).toEqual(["customer", "gradeReasons", "grade"]);
    expect(JSON.stringify(c)).toBe(JSON.stringify(written));
    expect(c).toEqual(written);
    expect(structuredClone(customerWith(4))).toEqual(written);
    expect({ ...customerWith(4) }).toEqual(written);
  });

  test("setting it replaces it (as a plain property would), before or after a read", () => {
    const c = customerWith(5);
    c.gradeReasons = [];
    expect(c.gradeReasons).toEqual([]);
    void c.gradeReasons;
    const other = [reason("grade.result", { grade: 6 }, "grade 6")];
    c.gradeReasons = other;
    expect(c.gradeReasons).toBe(other);
  });

  test("two values made from one source, each kept apart, from the source and the object's own figures", () => {
    const c = { customer: "Beta" } as { customer: string; gradeReasons: Reason[]; limit: object };
    holdSource(c, { grade: 7 });
    define(c);
    defineLimit(c);
    expect(c.limit).toEqual({ amount: 7000, who: "Beta" });
    expect(c.limit).toBe(c.limit);
    expect(c.gradeReasons.map((r) => r.code)).toEqual(["grade.result"]);
    expect(JSON.parse(JSON.stringify(c))).toEqual({
      customer: "Beta",
      gradeReasons: [{ code: "grade.result", params: { grade: 7 }, text: "grade 7" }],
      limit: { amount: 7000, who: "Beta" },
    });
  });
});
