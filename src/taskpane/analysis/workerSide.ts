/**
 * The worker's side of the analysis (analysisWorker.ts wires it to the worker's messages): takes the rows in pieces,
 * runs the engine's analysis when told to, and posts its progress by stage, the results in parts as soon as they are
 * made, then the model check and the forecast check (the pane shows the results meanwhile). The last ledger's rows
 * are kept after its analysis (the engine only reads them): the same ledger analysed again with another setting
 * comes without them. The rows of another ledger replace them.
 */
import {
  analyzeLedger,
  type AnalysisBeforeChecks,
  type AnalysisStage,
  type Invoice,
  type LedgerInput,
} from "../../engine";
import { errorMessage, type Post, postChecks, postResults, type ToWorker } from "./workerProtocol";

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
    for (let i = 0; i < message.values.length; i++) values[message.from + i] = message.values[i];
    const formats = message.numberFormats ?? [];
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
      // The desk's invoices as the analysis read them, sent beside it (the pane would otherwise parse every row again).
      let invoices: Invoice[] = [];
      const onLedgerInvoices = (read: Invoice[]) => (invoices = read);
      // The very invoices of the last results (the engine kept the ledger's reading): the pane has them already.
      const onResultsBeforeChecks = (results: AnalysisBeforeChecks) => {
        postResults(results, post, invoices, invoices === sent && invoices.length > 0);
        sent = invoices;
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
