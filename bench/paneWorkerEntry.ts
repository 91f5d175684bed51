/**
 * The taskpane's analysis worker in Node, for the bench (worker_threads): workerSide.ts wired to the parent port as
 * src/taskpane/analysis/analysisWorker.ts wires it to a browser worker — the same messages, copied by the same
 * structured-clone serializer, their buffers moved.
 */
import { parentPort } from "worker_threads";
import type { ToWorker } from "../src/taskpane/analysis/workerProtocol";
import { analysisWorkerSide } from "../src/taskpane/analysis/workerSide";

const port = parentPort;
if (port) {
  const handle = analysisWorkerSide((message, transfer) => port.postMessage(message, transfer ?? []));
  port.on("message", (message: ToWorker) => handle(message));
}
