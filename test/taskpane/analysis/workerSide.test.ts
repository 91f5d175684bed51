import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { invoicesOf } from "../../../src/engine/collections/desk";
import * as parsing from "../../../src/engine/ledger/parseLedger";
import type { AnalysisSettings, Invoice } from "../../../src/engine/model/types";
import { invoicesFromColumns } from "../../../src/taskpane/analysis/invoiceColumns";
import { AnalysisParts, type FromWorker, isAnswerPart } from "../../../src/taskpane/analysis/workerProtocol";
import { analysisWorkerSide } from "../../../src/taskpane/analysis/workerSide";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";

const settings: AnalysisSettings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" };
const run = { kind: "run", ledger: 1, sheet: "Ledger", topLeft: "A1", formats: false, settings } as const;

describe("the worker's side of the analysis", () => {
  it("takes the rows in pieces, runs when told, and posts each stage, the results in parts, the invoices, then the checks", () => {
    const values = handLedger();
    const posted: FromWorker[] = [];
    const handle = analysisWorkerSide((m) => posted.push(m));
    handle({ kind: "rows", ledger: 1, from: 5, values: values.slice(5) });
    handle({ kind: "rows", ledger: 1, from: 0, values: values.slice(0, 5) });
    handle({ ...run, rows: values.length });
    const kinds = posted.map((m) => m.kind);
    expect(kinds[0]).toBe("stage");
    expect(kinds.at(-1)).toBe("done");
    // The results and the invoices before "results"; after it only the two checks, then "done".
    const split = kinds.indexOf("results");
    expect(kinds.lastIndexOf("invoices")).toBeLessThan(split);
    expect(kinds.lastIndexOf("stage")).toBeLessThan(split);
    const after = posted.slice(split + 1, -1).map((m) => (m.kind === "part" ? m.key : m.kind));
    expect([...new Set(after)]).toEqual(["modelCheck", "forecastCheck"]);
    const field = (from: FromWorker[], key: string) =>
      from.find((m) => m.kind === "part" && m.key === key && !m.slice) as { value: unknown } | undefined;
    const direct = analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, settings);
    expect(field(posted.slice(0, split), "portfolio")?.value).toEqual(direct.portfolio);
    expect(field(posted.slice(0, split), "modelCheck")).toBeUndefined();
    expect(field(posted.slice(split), "modelCheck")?.value).toEqual(direct.modelCheck);
    expect(field(posted.slice(split), "forecastCheck")?.value).toEqual(direct.forecastCheck);
  });

  it("sends the invoices the analysis read, as the desk would read them again, without reading the rows twice", () => {
    const values = handLedger();
    const posted: FromWorker[] = [];
    const parse = jest.spyOn(parsing, "parseLedger");
    const handle = analysisWorkerSide((m) => posted.push(m));
    handle({ kind: "rows", ledger: 1, from: 0, values });
    handle({ ...run, rows: values.length });
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
    const sent: Invoice[] = [];
    for (const m of posted) if (m.kind === "invoices") invoicesFromColumns(m.value, sent);
    const input = { values, sheet: "Ledger", topLeft: "A1" };
    expect(sent).toEqual(invoicesOf(input, analyzeLedger(input, settings)));
  });

  it("posts the engine's error with its reason", () => {
    const posted: FromWorker[] = [];
    const handle = analysisWorkerSide((m) => posted.push(m));
    handle({ kind: "rows", ledger: 1, from: 0, values: handLedger() });
    handle({ ...run, rows: handLedger().length, settings: { ...settings, asOf: Number.NaN } });
    expect(posted.at(-1)).toMatchObject({
      kind: "error",
      error: { name: "EngineError", reason: { code: "analysis.badAsOf" } },
    });
  });

  it("keeps the last ledger's rows: run again without them, with another setting; another ledger's rows replace them", () => {
    const values = handLedger();
    const posted: FromWorker[] = [];
    const handle = analysisWorkerSide((m) => posted.push(m));
    // The customers as the pane puts them together from the parts before "results" (workerProtocol.ts).
    const customersOf = (from: FromWorker[]) => {
      const parts = new AnalysisParts();
      for (const m of from.slice(
        0,
        from.findIndex((x) => x.kind === "results"),
      )) {
        if (isAnswerPart(m)) parts.take(m);
      }
      return parts.whole().customers;
    };
    handle({ kind: "rows", ledger: 1, from: 0, values });
    handle({ ...run, rows: values.length });
    posted.length = 0;
    const growth: AnalysisSettings = { ...settings, riskAppetite: "growth" };
    handle({ ...run, rows: values.length, settings: growth }); // no rows: the kept ones
    const input = { values: handLedger(), sheet: "Ledger", topLeft: "A1" };
    expect(posted.at(-1)?.kind).toBe("done");
    expect(customersOf(posted)).toEqual(analyzeLedger(input, growth).customers);
    // Another ledger: its rows replace the kept ones (a shorter one leaves nothing of the first behind).
    posted.length = 0;
    const shorter = values.slice(0, 6);
    handle({ kind: "rows", ledger: 2, from: 0, values: shorter });
    handle({ ...run, ledger: 2, rows: shorter.length });
    const alone = { values: handLedger().slice(0, 6), sheet: "Ledger", topLeft: "A1" };
    expect(customersOf(posted)).toEqual(analyzeLedger(alone, settings).customers);
    // An order to run rows the worker does not hold: an error, nothing analysed.
    posted.length = 0;
    handle({ ...run, ledger: 1, rows: values.length });
    expect(posted).toEqual([{ kind: "error", error: expect.objectContaining({ message: expect.any(String) }) }]);
  });
});
