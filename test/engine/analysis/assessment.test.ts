/** The assessment (assessment.ts) as an analysis gives it: its reasons and credit limit made when first read. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { AnalysisSettings } from "../../../src/engine/analysis/types";
import { AS_OF, handLedger } from "./handLedger";

const settings: AnalysisSettings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" };
const keysOf = (o: object) => Object.keys(o);
const analysed = () => analyzeLedger({ values: handLedger(), sheet: "Ledger", topLeft: "A1" }, settings).customers;

describe("a customer's reasons and credit limit are made when read", () => {
  test("the grade's reasons, the limit and its reasons are made on their first read, in their place among the keys", () => {
    for (const c of analysed()) {
      expect(typeof Object.getOwnPropertyDescriptor(c, "gradeReasons")?.get).toBe("function");
      expect(typeof Object.getOwnPropertyDescriptor(c, "creditLimit")?.get).toBe("function");
      expect(c.creditLimit).toBe(c.creditLimit);
      expect(keysOf(c).indexOf("creditLimit")).toBe(keysOf(c).indexOf("terms") + 1);
      expect(typeof Object.getOwnPropertyDescriptor(c.creditLimit, "reasons")?.get).toBe("function");
      const keys = Object.keys(c);
      expect(keys.indexOf("gradeReasons")).toBe(keys.indexOf("riskScore") + 1);
      expect(Object.keys(c.creditLimit).at(-1)).toBe("reasons");
    }
  });

  test("they are the lists the grade and the limit give (and copy as they serialise)", () => {
    for (const c of analysed()) {
      expect(c.gradeReasons[0].code).toBe("grade.result");
      expect(c.gradeReasons[0].params.grade).toBe(c.grade);
      expect(c.creditLimit.reasons[0].code).toBe("limit.peak");
      expect(JSON.parse(JSON.stringify(c))).toEqual(JSON.parse(JSON.stringify({ ...c })));
    }
  });
});
