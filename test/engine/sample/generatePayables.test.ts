import { PAYABLES_HEADERS, generatePayables } from "../../../src/engine/sample/generatePayables";

describe("generated payables", () => {
  const asOf = 46_000;
  const options = { suppliers: 8, bills: 200, asOf, language: "en" as const, monthlyPurchases: 100_000 };
  const { values, columnFormats } = generatePayables(options);
  const rows = values.slice(1);

  it("has the headers, one row a bill and a format a column; the same for the same seed", () => {
    expect(values[0]).toEqual([...PAYABLES_HEADERS.en]);
    expect(rows).toHaveLength(200);
    expect(columnFormats).toHaveLength(values[0].length);
    expect(generatePayables(options).values).toEqual(values);
    expect(generatePayables({ ...options, seed: 1 }).values).not.toEqual(values);
    expect(new Set(rows.map((r) => r[0])).size).toBeLessThanOrEqual(8);
  });

  it("bills over the last six months on 30/45/60-day terms, paid up to 8 days early, none after the as-of date", () => {
    for (const [, , billDate, due, amount, paid, paidOn, currency, terms] of rows) {
      expect(billDate as number).toBeLessThanOrEqual(asOf);
      expect(billDate as number).toBeGreaterThanOrEqual(asOf - Math.round(6 * 30.4));
      expect([30, 45, 60]).toContain((due as number) - (billDate as number));
      expect(terms).toBe(`Net ${(due as number) - (billDate as number)}`);
      expect(amount as number).toBeGreaterThanOrEqual(1);
      expect(currency).toBe("CNY");
      if (paid === "") continue;
      expect(paid).toBe(amount);
      expect((due as number) - (paidOn as number)).toBeGreaterThanOrEqual(0);
      expect((due as number) - (paidOn as number)).toBeLessThanOrEqual(8);
      expect(paidOn as number).toBeLessThanOrEqual(asOf);
    }
  });

  it("writes Chinese headers, bill numbers and terms", () => {
    const zh = generatePayables({ ...options, language: "zh" }).values;
    expect(zh[0]).toEqual([...PAYABLES_HEADERS.zh]);
    expect(String(zh[1][1])).toMatch(/^CG-2\d{5}$/);
    expect(String(zh[1][8])).toMatch(/^\d+天$/);
  });
});
