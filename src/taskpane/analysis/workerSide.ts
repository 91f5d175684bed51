/**
 * The worker's side of the analysis (analysisWorker.ts wires it to the worker's messages): takes the rows in pieces,
 * runs the engine's analysis when told to, and posts its progress by stage, the invoices it read and the results in
 * parts as soon as the results are made, then the model check and the forecast check (the pane shows the results
 * meanwhile). The last ledger's rows are kept after its analysis (the engine only reads them): the same
 * ledger analysed again with another setting comes without them. The rows of another ledger replace them.
 */
import {
  analyzeLedger,
  type AnalysisBeforeChecks,
  type AnalysisStage,
  type Invoice,
  type LedgerInput,
} from "../../engine";
import {
  errorMessage,
  type Post,
  postChecks,
  postInvoices,
  postResults,
  rowsOf,
  type ToWorker,
} from "./workerProtocol";

/** A handler for the pane's messages that answers through `post`. */
export function analysisWorkerSide(post: Post): (message: ToWorker) => void {
  let values: unknown[][] = [];
  let numberFormats: string[][] = [];
  let ledger: number | null = null; // whose rows `values` holds
  let sent: readonly Invoice[] | null = null; // the invoices sent with the last results

  const takeRows = (message: Extract<ToWorker, { kind: "rows" }>) => {
    if (message.ledger !== ledger) {
      values = [];
      numberFormats = [];
      ledger = message.ledger;
      sent = null;
    }
    const rows = rowsOf(message);
    for (let i = 0; i < rows.values.length; i++) values[message.from + i] = rows.values[i];
    const formats = rows.numberFormats ?? [];
    for (let i = 0; i < formats.length; i++) numberFormats[message.from + i] = formats[i];
  };

  const run = (message: Extract<ToWorker, { kind: "run" }>) => {
    if (message.ledger !== ledger) return post(errorMessage(new Error("The analysis worker does not hold these rows")));
    values.length = message.rows;
    const input: LedgerInput = {
      values,
      ...(message.formats ? { numberFormats } : {}),
      sheet: message.sheet,
      topLeft: message.topLeft,
    };
    try {
      const onStage = (stage: AnalysisStage, index: number, of: number) => post({ kind: "stage", stage, index, of });
      // The desk's invoices as the analysis read them, sent before its results (the pane would otherwise parse every
      // row again); the very invoices of the last results (the engine kept the ledger's reading) are not sent again:
      // the pane has them already. Sent as soon as they were read, the pane's thread rebuilt them while the worker
      // worked on: no faster at a million rows in node, and slower in Chromium at 100,000 (two cores shared).
      let invoices: Invoice[] = [];
      const onLedgerInvoices = (read: Invoice[]) => (invoices = read);
      const onResultsBeforeChecks = (results: AnalysisBeforeChecks) => {
        postInvoices(invoices, post, invoices === sent && invoices.length > 0);
        sent = invoices;
        postResults(results, post);
      };
      // The rows kept are never changed: the columns mapped and the rows read are kept with them (engine keptReadings).
      const hooks = { onStage, onLedgerInvoices, onResultsBeforeChecks, keepReading: true };
      postChecks(analyzeLedger(input, message.settings, hooks, message.cash), post);
    } catch (error) {
      post(errorMessage(error));
    }
  };

  return (message) => (message.kind === "rows" ? takeRows(message) : run(message));
}
