import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { invoicesOf } from "../../../src/engine/collections/desk";
import * as parsing from "../../../src/engine/ledger/parseLedger";
import type { AnalysisSettings, Invoice } from "../../../src/engine/model/types";
import { invoicesFromColumns } from "../../../src/taskpane/analysis/invoiceColumns";
import type { FromWorker } from "../../../src/taskpane/analysis/workerProtocol";
import { analysisWorkerSide } from "../../../src/taskpane/analysis/workerSide";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";

const settings: AnalysisSettings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" };
const run = { kind: "run", sheet: "Ledger", topLeft: "A1", formats: false, settings } as const;

describe("the worker's side of the analysis", () => {
  it("takes the rows in pieces, runs when told, and posts each stage, the results in parts, the invoices, then the checks", () => {
    const values = handLedger();
    const posted: FromWorker[] = [];
    const handle = analysisWorkerSide((m) => posted.push(m));
    handle({ kind: "rows", from: 5, values: values.slice(5) });
    handle({ kind: "rows", from: 0, values: values.slice(0, 5) });
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
    handle({ kind: "rows", from: 0, values });
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
    handle({ kind: "rows", from: 0, values: handLedger() });
    handle({ ...run, rows: handLedger().length, settings: { ...settings, asOf: Number.NaN } });
    expect(posted.at(-1)).toMatchObject({
      kind: "error",
      error: { name: "EngineError", reason: { code: "analysis.badAsOf" } },
    });
  });
});
