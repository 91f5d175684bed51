/** The sample generator's late-paying profile: most customers pay 20–60 days late; the default profile is unchanged. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { generateLedger } from "../../../src/engine/sample/generateLedger";

const AS_OF = serialFromYmd(2025, 11, 17);
const run = (values: unknown[][]) =>
  analyzeLedger(
    { values, sheet: "S", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  );

test("late-paying profile: most customers with paid invoices pay 20–60 days late (amount-weighted)", () => {
  const a = run(
    generateLedger({ seed: 21, customers: 250, invoices: 3000, asOf: AS_OF, language: "en", profile: "latePaying" })
      .values,
  );
  const paid = a.customers.filter((c) => c.weightedDaysLate !== null);
  const in20to60 = paid.filter((c) => c.weightedDaysLate! >= 20 && c.weightedDaysLate! <= 60).length;
  expect(in20to60 / paid.length).toBeGreaterThan(0.6);
  // The typical customer's terms follow the portfolio's norm (the grade stays absolute): Net 30 or better for most.
  const secured = a.customers.filter((c) => c.terms.code === "LC" || c.terms.code === "CIA").length;
  const absoluteSecured = a.customers.filter((c) => c.grade >= 8).length;
  expect(absoluteSecured / a.customers.length).toBeGreaterThan(0.5);
  expect(secured / a.customers.length).toBeLessThan(0.15);
  expect(a.findings!.map((f) => f.kind)).toContain("latePayers");
});

test("the default profile is the same ledger as before the late-paying one was added", () => {
  const a = generateLedger({ seed: 7, customers: 20, invoices: 50, asOf: AS_OF, language: "en" });
  const b = generateLedger({ seed: 7, customers: 20, invoices: 50, asOf: AS_OF, language: "en", profile: "mixed" });
  expect(b.values).toEqual(a.values);
  // The first and last rows and the sum of every number, as generated before the profile option existed.
  expect(a.values[1]).toEqual([
    "Falcon Components Co",
    "INV-100000",
    45826,
    45871,
    6859.78,
    6859.78,
    45888,
    "No",
    "CNY",
    "Net 45",
  ]);
  expect(a.values[50]).toEqual([
    "Meridian Logistics Inc",
    "INV-100049",
    45800,
    45860,
    1284.9,
    1284.9,
    45866,
    "No",
    "CNY",
    "Net 60",
  ]);
  const sum = a.values.flat().reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
  expect(sum).toBeCloseTo(7185637.72, 2);
  expect(a.values.length).toBe(51);
});
