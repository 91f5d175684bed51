/** The assessment (assessment.ts) as an analysis gives it: its reasons and credit limit made when first read. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import {
  assessmentSourcesOf,
  assessmentsUnpacker,
  PRIMED,
  packAssessments,
  unpackAssessments,
} from "../../../src/engine/analysis/assessment";
import * as creditLimit from "../../../src/engine/analysis/creditLimit";
import * as grade from "../../../src/engine/analysis/grade";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
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

  test("a structured clone and a spread copy hold them; setting one replaces it; two analyses keep their own", () => {
    const [first, second] = [analysed(), analysed()];
    const [c, d] = [first[0], second[0]];
    expect(structuredClone(c)).toEqual(JSON.parse(JSON.stringify(c)));
    expect({ ...c }.creditLimit).toBe(c.creditLimit);
    expect(d.gradeReasons).toEqual(c.gradeReasons);
    expect(d.gradeReasons).not.toBe(c.gradeReasons);
    const reasons = [c.gradeReasons[0]];
    c.gradeReasons = reasons;
    expect(c.gradeReasons).toBe(reasons);
    expect(d.gradeReasons.length).toBeGreaterThan(1);
    expect(first[1].gradeReasons[0].params.grade).toBe(first[1].grade);
  });

  test("they are made from the customer's own figures whatever the order they are read in", () => {
    const inOrder = analysed().map((c) => JSON.stringify(c));
    const reversed = analysed();
    for (let i = reversed.length - 1; i >= 0; i--) void reversed[i].creditLimit;
    expect(reversed.map((c) => JSON.stringify(c))).toEqual(inOrder);
  });

  test("an accessor read on an object that is not one of the analysis's assessments is refused", () => {
    const c = analysed()[0];
    const get = Object.getOwnPropertyDescriptor(c, "gradeReasons")!.get!;
    expect(() => get.call({ customer: c.customer })).toThrow(TypeError);
  });

  test("an assessment is made blank, every figure null in the assessment's order, for the customers stage to set", () => {
    const c = analysed()[0];
    const blank = PRIMED[1];
    expect(Object.keys(blank)).toEqual(Object.keys(c));
    const figures = Object.keys(blank).filter((k) => k !== "gradeReasons" && k !== "creditLimit");
    for (const key of figures as (keyof typeof blank)[]) expect(blank[key]).toBeNull();
  });
});

describe("packed for a copy to another thread", () => {
  /** Packed, copied as postMessage copies, unpacked. */
  const throughCopy = (list: ReturnType<typeof analysed>) => {
    const packed = packAssessments(list)!;
    const copy = structuredClone(packed);
    return unpackAssessments(copy.figures, copy.sources);
  };
  const generated = () => {
    const asOf = serialFromYmd(2025, 6, 30);
    const { values } = generateLedger({ seed: 4, customers: 150, invoices: 4000, asOf, language: "zh" });
    return analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, { ...settings, asOf }).customers;
  };

  test("the copy is the assessments, figures, reasons and limits alike, keys in their order; made on read again", () => {
    for (const list of [analysed(), generated()]) {
      const back = throughCopy(list);
      expect(back.map(keysOf)).toEqual(list.map(keysOf));
      expect(typeof Object.getOwnPropertyDescriptor(back[0], "gradeReasons")?.get).toBe("function");
      expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(list)));
    }
  });

  test("packing and copying make no customer's reasons or limit; those made or set before go as they are", () => {
    const list = generated();
    const made = jest.spyOn(grade, "gradeReasons");
    const limits = jest.spyOn(creditLimit, "recommendCreditLimit");
    structuredClone(packAssessments(list));
    expect(made).not.toHaveBeenCalled();
    expect(limits).not.toHaveBeenCalled();
    made.mockRestore();
    limits.mockRestore();
    const mine = [list[0].gradeReasons[0]];
    list[0].gradeReasons = mine;
    const limit = list[3].creditLimit;
    const back = throughCopy(list);
    expect(back[0].gradeReasons).toEqual(mine);
    expect(back[3].creditLimit).toEqual(limit);
  });

  test("a list sorted apart from the order assessed keeps each customer's own sources, and so does the copy sorted", () => {
    const list = generated().reverse();
    expect(JSON.parse(JSON.stringify(throughCopy(list)))).toEqual(JSON.parse(JSON.stringify(list)));
    const back = throughCopy(list).sort((a, b) => a.grade - b.grade || a.customer.localeCompare(b.customer));
    const own = new Map(list.map((c) => [c.customer, JSON.stringify(c)]));
    for (const c of back) expect(JSON.stringify(c)).toBe(own.get(c.customer));
  });

  test("the sources alone are what packAssessments packs, in float64 arrays; made again one object at a time", () => {
    const list = generated().reverse();
    const packed = packAssessments(list)!;
    const sources = assessmentSourcesOf(list)!;
    expect(sources).toEqual(packed.sources);
    for (const column of Object.values(sources.columns)) expect(column).toBeInstanceOf(Float64Array);
    // One object carrying each customer's figures in turn: each assessment keeps its own.
    const make = assessmentsUnpacker(structuredClone(sources));
    const carrier = { ...packed.figures[0] };
    const back = packed.figures.map((f) => make(Object.assign(carrier, f)));
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(list)));
    expect(assessmentSourcesOf([{ ...list[0] }])).toBeNull();
  });

  test("not one analysis's assessments (copies, or two analyses mixed): nothing packed, copy them as they are", () => {
    const [a, b] = [analysed(), analysed()];
    expect(packAssessments([{ ...a[0] }, ...a.slice(1)])).toBeNull();
    expect(packAssessments([a[0], b[1]])).toBeNull();
    expect(packAssessments([])).toBeNull();
  });
});
