/**
 * The reading kept for cells that never change: the same cells analysed again with only a display setting changed
 * are not mapped and parsed again, and the analysis is the same as a fresh one; a setting the reading takes, other
 * formats, or a caller that does not say its cells never change, reads them again.
 */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { AnalysisSettings } from "../../../src/engine/analysis/types";
import * as history from "../../../src/engine/history/customerHistory";
import * as columns from "../../../src/engine/ledger/columns";
import * as parsing from "../../../src/engine/ledger/parseLedger";
import { AS_OF, d, handLedger } from "./handLedger";

const settings: AnalysisSettings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" };
const kept = { keepReading: true };

/** The ledger with its own limit columns, one row with a limit that is not an amount (an issue of the limits stage). */
function withLimits(): unknown[][] {
  const rows = handLedger().map((row) => [...row, ""]);
  rows[1][rows[1].length - 1] = "Credit limit"; // the header row (a title row above it)
  rows[2][rows[2].length - 1] = "abc";
  return rows;
}

describe("the reading kept for cells that never change", () => {
  let parse: jest.SpyInstance;
  let detect: jest.SpyInstance;
  beforeEach(() => {
    parse = jest.spyOn(parsing, "parseLedger");
    detect = jest.spyOn(columns, "detectColumns");
  });
  afterEach(() => jest.restoreAllMocks());

  it("is used when only a display setting changes: the same analysis as a fresh one, the cells read once", () => {
    const histories = jest.spyOn(history, "customerHistories");
    const input = { values: withLimits(), sheet: "Ledger", topLeft: "A1" };
    const first = analyzeLedger(input, settings, kept);
    const growth = { ...settings, riskAppetite: "growth" as const, agingBasis: "invoice" as const };
    const again = analyzeLedger(input, growth, kept);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(detect).toHaveBeenCalledTimes(1);
    expect(histories).toHaveBeenCalledTimes(1); // the groups and histories kept with the reading
    const fresh = { values: withLimits(), sheet: "Ledger", topLeft: "A1" };
    expect(again).toEqual(analyzeLedger(fresh, growth));
    expect(first).toEqual(analyzeLedger(fresh, settings));
    // The limits stage's issue is added once, not once per analysis of the kept reading.
    const limitIssues = (a: typeof first) => a.issues.filter((i) => i.field === "creditLimit").length;
    expect(limitIssues(again)).toBe(1);
    expect(limitIssues(analyzeLedger(input, settings, kept))).toBe(1);
  });

  it("is not used when a setting the reading takes changes, the formats or the sheet differ, or nobody asks", () => {
    const input = { values: handLedger(), sheet: "Ledger", topLeft: "A1" };
    analyzeLedger(input, settings, kept);
    const later = { ...settings, asOf: AS_OF + 10 };
    expect(analyzeLedger(input, later, kept)).toEqual(analyzeLedger({ ...input, values: handLedger() }, later));
    const termsCount = parse.mock.calls.length;
    analyzeLedger(input, { ...settings, asOf: AS_OF + 10, defaultTermsDays: 45 }, kept);
    analyzeLedger(input, { ...settings, asOf: AS_OF + 10, dateOrder: "dmy" }, kept);
    analyzeLedger({ ...input, sheet: "Other" }, later, kept);
    const formats = input.values.map((row) => row.map(() => "General"));
    analyzeLedger({ ...input, numberFormats: formats }, later, kept);
    analyzeLedger(input, later); // no keepReading: read again
    expect(parse.mock.calls.length - termsCount).toBe(5);
    expect(d("2025-06-30")).toBe(AS_OF); // the hand ledger's as-of date, for the dates above
  });
});
