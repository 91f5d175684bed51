import * as argsModule from "../../src/functions/args";
import { clearAnalysisCache } from "../../src/functions/analysisCache";
import { creditLimit, grade, terms } from "../../src/functions/ledger";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";
import { outcome } from "./helpers";

// Issue 9, "Speed of the formulas on big ranges": a cache hit must cost a pass over the arguments, not copies of
// them (on 1,048,576 rows the copies and the rebuilt range took longer than the analysis they saved).
const rows = handLedger().slice(2).filter((r) => r[0] !== "" && !["INV-301", "INV-302", "INV-401", "INV-501"].includes(r[1] as string));
const col = (i: number) => rows.map((r) => [r[i]]);
const [c, a, du] = [col(0), col(4), col(3)];

describe("the functions' analysis cache on big ranges", () => {
  beforeEach(() => clearAnalysisCache());

  test("a cache hit copies none of the ledger columns", () => {
    grade([["Alpha"]], c, a, du, undefined, undefined, undefined, undefined, AS_OF);
    const spy = jest.spyOn(argsModule, "flatten");
    terms([["Alpha"]], c, a, du, undefined, undefined, undefined, undefined, AS_OF);
    creditLimit([["Alpha"]], c, a, du, undefined, undefined, undefined, undefined, AS_OF);
    // Only the customer looked up (the first argument) is read into a list.
    expect(spy.mock.calls.map((call) => call[1])).toEqual(["customer", "customer"]);
    spy.mockRestore();
  });

  test("the key tells apart shapes and missing columns, and a ragged or mis-sized range is still an error on a hit", () => {
    const first = grade([["Alpha"]], c, a, du, undefined, undefined, undefined, undefined, AS_OF);
    // The same values with an empty paid-amount column given: another ledger, analysed anew, same grade.
    const blanks = c.map(() => [""]);
    expect(grade([["Alpha"]], c, a, du, undefined, undefined, blanks, undefined, AS_OF)).toEqual(first);
    const ragged = a.map((r, i) => (i === 2 ? [r[0], 1] : r));
    expect(outcome(() => grade([["Alpha"]], c, ragged, du, undefined, undefined, undefined, undefined, AS_OF))).toEqual({ code: "#VALUE!", message: "amounts: the range is not rectangular" });
    expect(outcome(() => grade([["Alpha"]], c, a.slice(1), du, undefined, undefined, undefined, undefined, AS_OF))).toMatchObject({ message: expect.stringMatching(/^amounts has \d+ cell\(s\) but customers has/) });
  });
});
