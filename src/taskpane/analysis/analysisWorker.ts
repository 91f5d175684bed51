/**
 * The analysis worker's entry (webpack builds it as analysisWorker.js beside taskpane.html and preview.html): the
 * pane's messages to workerSide.ts, its answers back. Plain data in and out: no Office.js, no DOM; the pane stops it
 * by terminating it.
 */
import type { FromWorker, ToWorker } from "./workerProtocol";
import { analysisWorkerSide } from "./workerSide";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker, transfer: ArrayBuffer[]) => void;
};

const handle = analysisWorkerSide((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event) => handle(event.data);
