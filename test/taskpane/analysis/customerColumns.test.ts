/* An analysis's customers as columns for the trip from the worker to the pane: each comes back as it was. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import {
  assessmentSourcesOf,
  assessmentsUnpacker,
  type AssessmentFigures,
  packAssessments,
  unpackAssessments,
} from "../../../src/engine/analysis/assessment";
import * as creditLimit from "../../../src/engine/analysis/creditLimit";
import * as grade from "../../../src/engine/analysis/grade";
import type { AnalysisSettings } from "../../../src/engine/analysis/types";
import { serialFromYmd } from "../../../src/engine/core/dates";
import type { CustomerAssessment } from "../../../src/engine/model/types";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import {
  customerColumns,
  customersFromColumns,
  customerTransfers,
} from "../../../src/taskpane/analysis/customerColumns";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";

const settings: AnalysisSettings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" };
const json = (v: unknown) => JSON.parse(JSON.stringify(v));

function generated(): CustomerAssessment[] {
  const asOf = serialFromYmd(2025, 6, 30);
  const { values } = generateLedger({ seed: 9, customers: 120, invoices: 3000, asOf, language: "zh" });
  return analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, { ...settings, asOf }).customers;
}

/** Through columns in slices of `per` and a copy as postMessage makes it (buffers moved), made again. */
function roundTrip(list: readonly CustomerAssessment[], per = 7): CustomerAssessment[] {
  const sources = structuredClone(assessmentSourcesOf(list)!);
  const make = assessmentsUnpacker(sources);
  const back: CustomerAssessment[] = [];
  for (let from = 0; from < list.length; from += per) {
    const columns = customerColumns(list, from, Math.min(list.length, from + per))!;
    customersFromColumns(structuredClone(columns, { transfer: customerTransfers(columns) }), make, back);
  }
  return back;
}

test("every customer comes back with its figures, reasons and limit, keys in their order, in the order sent", () => {
  for (const list of [
    generated(),
    analyzeLedger({ values: handLedger(), sheet: "L", topLeft: "A1" }, settings).customers,
  ]) {
    const back = roundTrip(list);
    expect(back.map((c) => Object.keys(c))).toEqual(list.map((c) => Object.keys(c)));
    expect(json(back)).toEqual(json(list));
    expect(typeof Object.getOwnPropertyDescriptor(back[0], "gradeReasons")?.get).toBe("function");
  }
});

test("nulls, undefined, −0, flags and shared objects come back as they were", () => {
  const list = generated().slice(0, 4);
  const packed = packAssessments(list)!;
  const kept = { amount: 5000, source: "sheet" };
  const odd: AssessmentFigures[] = packed.figures.map((f, i) => ({
    ...f,
    lateShare: i === 0 ? null : -0,
    weightedDaysLate: i === 1 ? null : 1.5,
    weightedDaysToPay: i === 2 ? null : f.weightedDaysToPay,
    recentDaysLate: null,
    earlierDaysLate: i === 3 ? null : 0.1 + 0.2,
    trend: i % 2 === 0 ? null : -3,
    paydex: i === 1 ? null : 80,
    paydexBand: i === 1 ? null : "high",
    termsGrade: i === 2 ? undefined : 4,
    overLimit: i === 3,
    insuranceAdvised: i === 0,
    keptLimit: i < 2 ? (kept as unknown as AssessmentFigures["keptLimit"]) : null,
    buckets: [-0, 1, 2, 3, 1e21],
  }));
  const made = unpackAssessments(odd, packed.sources);
  const back = roundTrip(made, 3);
  back.forEach((c, i) => {
    for (const key of Object.keys(odd[i]) as (keyof AssessmentFigures)[]) expect(c[key]).toStrictEqual(odd[i][key]);
    expect("termsGrade" in c).toBe(true);
  });
  expect(Object.is(back[1].lateShare, -0)).toBe(true);
  expect(Object.is(back[2].buckets[0], -0)).toBe(true);
  expect(back[0].keptLimit).toBe(back[1].keptLimit); // one copy per message, shared as sent
  expect(back[0].terms === back[2].terms).toBe(made[0].terms === made[2].terms);
});

test("putting the customers into columns makes no customer's reasons or limit", () => {
  const list = generated();
  const reasons = jest.spyOn(grade, "gradeReasons");
  const limits = jest.spyOn(creditLimit, "recommendCreditLimit");
  const columns = customerColumns(list, 0, list.length)!;
  structuredClone(columns, { transfer: customerTransfers(columns) });
  expect(reasons).not.toHaveBeenCalled();
  expect(limits).not.toHaveBeenCalled();
  reasons.mockRestore();
  limits.mockRestore();
});

test("customers whose buckets are not all of one width are not columns", () => {
  const list = generated().slice(0, 3);
  const packed = packAssessments(list)!;
  const made = unpackAssessments(
    packed.figures.map((f, i) => ({ ...f, buckets: i === 1 ? [1, 2] : f.buckets })),
    packed.sources,
  );
  expect(customerColumns(made, 0, 3)).toBeNull();
  expect(customerColumns(made, 0, 1)).not.toBeNull();
});
