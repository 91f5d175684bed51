/**
 * The worker's side of the analysis (analysisWorker.ts wires it to the worker's messages): takes the rows in pieces,
 * runs the engine's analysis when told to, and posts its progress by stage, the results in parts as soon as they are
 * made, then the model check and the forecast check (the pane shows the results meanwhile).
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

  const takeRows = (message: Extract<ToWorker, { kind: "rows" }>) => {
    for (let i = 0; i < message.values.length; i++) values[message.from + i] = message.values[i];
    const formats = message.numberFormats ?? [];
    for (let i = 0; i < formats.length; i++) numberFormats[message.from + i] = formats[i];
  };

  const run = (message: Extract<ToWorker, { kind: "run" }>) => {
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
      const onResultsBeforeChecks = (results: AnalysisBeforeChecks) => postResults(results, post, invoices);
      const hooks = { onStage, onLedgerInvoices, onResultsBeforeChecks };
      postChecks(analyzeLedger(input, message.settings, hooks, message.cash), post);
    } catch (error) {
      post(errorMessage(error));
    } finally {
      values = [];
      numberFormats = [];
    }
  };

  return (message) => (message.kind === "rows" ? takeRows(message) : run(message));
}
