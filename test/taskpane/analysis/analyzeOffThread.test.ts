/* The analysis off the pane's thread: a stand-in worker over workerSide.ts, copying messages as a real one does. */
import { analyzeLedger, withChecks } from "../../../src/engine/analysis/analyze";
import { EngineError } from "../../../src/engine/core/errors";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { deskGroups, invoicesOf } from "../../../src/engine/collections/desk";
import { type AnalysisInParts, analyzeOffThread } from "../../../src/taskpane/analysis/analyzeOffThread";
import { keptGroups, keptInvoices } from "../../../src/taskpane/analysis/ledgerInvoices";
import { workerPool } from "../../../src/taskpane/analysis/workerPool";
import type { FromWorker, ToWorker } from "../../../src/taskpane/analysis/workerProtocol";
import { analysisWorkerSide } from "../../../src/taskpane/analysis/workerSide";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";

const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
};
const input = { values: handLedger(), sheet: "Ledger", topLeft: "A1" };

/** A Worker as the pane sees it: messages copied both ways and delivered later, terminate() stops all. */
class FakeWorker {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault?: () => void }) => void) | null = null;
  terminated = false;
  received: ToWorker[] = [];
  /** The kinds of the messages the worker posted, in order. */
  posted: FromWorker["kind"][] = [];
  /** What the worker posted after its results, held back while `holding` (the checks still "running"). */
  holding = false;
  private held: FromWorker[] = [];
  private resultsSent = false;
  private side = analysisWorkerSide((m, transfer = []) => {
    this.posted.push(m.kind);
    const copy = structuredClone(m, { transfer }); // copied at once, its buffers moved (as postMessage does)
    if (this.holding && this.resultsSent) return void this.held.push(copy);
    if (m.kind === "results") this.resultsSent = true;
    setTimeout(() => !this.terminated && this.onmessage?.({ data: copy }), 0);
  });
  /** The checks "finish": what was held back is delivered. */
  release() {
    for (const m of this.held.splice(0)) setTimeout(() => !this.terminated && this.onmessage?.({ data: m }), 0);
  }
  postMessage(message: ToWorker) {
    const copy = structuredClone(message);
    this.received.push(copy);
    if (copy.kind === "run") this.resultsSent = false; // a new analysis in the same worker
    setTimeout(() => !this.terminated && this.side(copy), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const asWorker = (w: FakeWorker) => () => w as unknown as Worker;

/** The results with their checks once they come: the whole analysis. */
const whole = async ({ results, checks }: AnalysisInParts) => withChecks(results, await checks);

/** Whether `promise` has settled by now (its callbacks given their microtasks, no task run meanwhile). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe("analyzeOffThread", () => {
  test("the worker's analysis is the analysis on the pane's thread, value for value, with every stage", async () => {
    const worker = new FakeWorker();
    const stages: string[] = [];
    const a = await analyzeOffThread(input, settings, {
      startWorker: asWorker(worker),
      onStage: (stage, index, of) => stages.push(`${stage} ${index + 1}/${of}`),
    });
    expect(await whole(a)).toEqual(analyzeLedger(input, settings));
    expect(stages).toEqual([
      "mapping 1/7",
      "rows 2/7",
      "portfolio 3/7",
      "customers 4/7",
      "plans 5/7",
      "alerts 6/7",
      "forecast 7/7",
    ]);
    expect(worker.terminated).toBe(true);
  });

  test("a large ledger goes in pieces and comes back in parts, unchanged", async () => {
    const ledger = generateLedger({ seed: 3, customers: 300, invoices: 20_000, asOf: AS_OF, language: "en" });
    const big = { values: ledger.values, sheet: "Ledger", topLeft: "A1" };
    const worker = new FakeWorker();
    const a = await analyzeOffThread(big, settings, { startWorker: asWorker(worker) });
    expect(worker.received.filter((m) => m.kind === "rows").length).toBeGreaterThan(5);
    expect(await whole(a)).toEqual(analyzeLedger(big, settings));
  }, 60_000);

  test("the ledger's invoices come back with the analysis, as the desk would read them again", async () => {
    const { results } = await analyzeOffThread(input, settings, { startWorker: asWorker(new FakeWorker()) });
    const kept = keptInvoices(results);
    expect(kept).toBeDefined();
    expect(kept!.length).toBeGreaterThan(0);
    expect(kept).toEqual(invoicesOf(input, results));
    // With the desk's groups of them, put together as they came: what the desk would make of them itself.
    const groups = keptGroups(results)!;
    const own = deskGroups(kept!);
    expect([...groups.byCustomer]).toEqual([...own.byCustomer]);
    expect([...groups.open]).toEqual([...own.open]);
    // On the pane's thread (no worker) too: the invoices the analysis read, not a second reading of the ledger.
    const inThread = await analyzeOffThread(input, settings, { startWorker: () => null });
    expect(keptInvoices(inThread.results)).toEqual(invoicesOf(input, inThread.results));
  });

  test("a message the pane cannot put in its place fails the analysis and stops the worker: nothing waits forever", async () => {
    const odd = {
      onmessage: null as ((event: { data: FromWorker }) => void) | null,
      onerror: null,
      terminated: false,
      postMessage(message: ToWorker) {
        // The customers before what their reasons are made from: never sent so, but not to be waited on if it were.
        const early = { kind: "customers", value: {} } as FromWorker;
        if (message.kind === "run") setTimeout(() => this.onmessage?.({ data: early }), 0);
      },
      terminate() {
        this.terminated = true;
      },
    };
    const analysis = analyzeOffThread(input, settings, { startWorker: () => odd as unknown as Worker });
    await expect(analysis).rejects.toThrow(/before what their reasons are made from/);
    expect(odd.terminated).toBe(true);
  });

  test("cancel stops it at once: the worker is terminated and the promise rejects with AbortError", async () => {
    const worker = new FakeWorker();
    const controller = new AbortController();
    const pending = analyzeOffThread(input, settings, { startWorker: asWorker(worker), signal: controller.signal });
    while (worker.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 0)); // it has started
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(worker.terminated).toBe(true);
  });

  test("the engine's error crosses as an EngineError with its reason (its Chinese text needs it)", async () => {
    const error = await analyzeOffThread(
      input,
      { ...settings, asOf: -5 },
      { startWorker: asWorker(new FakeWorker()) },
    ).then(
      () => null,
      (e) => e,
    );
    expect(error).toBeInstanceOf(EngineError);
    expect(error.reason.code).toBe("analysis.badAsOf");
  });

  test("no Worker (jsdom) or one that cannot start: the analysis runs on the pane's thread", async () => {
    expect(await whole(await analyzeOffThread(input, settings, { startWorker: () => null }))).toEqual(
      analyzeLedger(input, settings),
    );
    const broken = new FakeWorker();
    broken.postMessage = () => setTimeout(() => broken.onerror?.({ message: "404" }), 0);
    expect(await whole(await analyzeOffThread(input, settings, { startWorker: asWorker(broken) }))).toEqual(
      analyzeLedger(input, settings),
    );
    expect(broken.terminated).toBe(true);
  });

  test("the results come first, without the checks; the worker runs on until the checks come, then stops", async () => {
    const worker = new FakeWorker();
    worker.holding = true;
    const { results, checks } = await analyzeOffThread(input, settings, { startWorker: asWorker(worker) });
    expect("modelCheck" in results || "forecastCheck" in results).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(worker.terminated).toBe(false);
    expect(await settled(checks)).toBe(false);
    worker.release();
    const a = analyzeLedger(input, settings);
    expect(await checks).toEqual({ modelCheck: a.modelCheck, forecastCheck: a.forecastCheck });
    expect(worker.terminated).toBe(true);
  });

  test("on the pane's thread too the results come before the checks are computed", async () => {
    const { results, checks } = await analyzeOffThread(input, settings, { startWorker: () => null });
    expect("modelCheck" in results).toBe(false);
    expect(await settled(checks)).toBe(false);
    expect((await checks).modelCheck).toEqual(analyzeLedger(input, settings).modelCheck);
  });

  test("cancel after the results stops the checks: the worker terminated, the checks rejected with AbortError", async () => {
    const worker = new FakeWorker();
    worker.holding = true;
    const controller = new AbortController();
    const options = { startWorker: asWorker(worker), signal: controller.signal };
    const { checks } = await analyzeOffThread(input, settings, options);
    controller.abort();
    worker.release();
    await expect(checks).rejects.toMatchObject({ name: "AbortError" });
    expect(worker.terminated).toBe(true);
  });

  test("a worker whose analysis ended serves the next one (the checks kept in it reused); a cancelled one is not kept", async () => {
    const started: FakeWorker[] = [];
    const workers = workerPool(() => {
      started.push(new FakeWorker());
      return started[started.length - 1] as unknown as Worker;
    });
    const first = await analyzeOffThread(input, settings, { workers });
    await first.checks;
    expect(started[0].terminated).toBe(false);
    const growth = { ...settings, riskAppetite: "growth" as const };
    const second = await analyzeOffThread(input, growth, { workers });
    expect(await whole(second)).toEqual(analyzeLedger(input, growth));
    expect(started).toHaveLength(1);
    const controller = new AbortController();
    started[0].holding = true;
    const third = await analyzeOffThread(input, settings, { workers, signal: controller.signal });
    controller.abort();
    await expect(third.checks).rejects.toMatchObject({ name: "AbortError" });
    expect(started[0].terminated).toBe(true);
    await analyzeOffThread(input, settings, { workers });
    expect(started).toHaveLength(2);
  });

  test("the same ledger analysed again in the kept worker is sent no rows; another one, or other formats, its rows", async () => {
    const started: FakeWorker[] = [];
    const workers = workerPool(() => {
      started.push(new FakeWorker());
      return started[started.length - 1] as unknown as Worker;
    });
    const rowsSent = () => started[0].received.filter((m) => m.kind === "rows").length;
    const once = await analyzeOffThread(input, settings, { workers });
    await once.checks;
    const first = rowsSent();
    expect(first).toBeGreaterThan(0);
    const growth = { ...settings, riskAppetite: "growth" as const };
    started[0].posted.length = 0;
    const again = await analyzeOffThread(input, growth, { workers });
    expect(await whole(again)).toEqual(analyzeLedger(input, growth));
    // The engine kept the ledger's reading: the same invoices, not sent again; the pane gives the ones it has.
    expect(started[0].posted).toContain("invoicesAsBefore");
    expect(started[0].posted).not.toContain("invoices");
    expect(keptInvoices(again.results)).toBe(keptInvoices(once.results));
    expect(keptGroups(again.results)).toBe(keptGroups(once.results));
    expect(keptInvoices(again.results)).toEqual(invoicesOf(input, analyzeLedger(input, growth)));
    expect(rowsSent()).toBe(first); // only the order to run
    // The same cells read again (a new read: another object), and the same cells with formats: their rows are sent.
    const reread = { ...input, values: handLedger() };
    await (
      await analyzeOffThread(reread, settings, { workers })
    ).checks;
    expect(rowsSent()).toBe(2 * first);
    const formatted = { ...reread, numberFormats: reread.values.map((row) => row.map(() => "General")) };
    expect(await whole(await analyzeOffThread(formatted, settings, { workers }))).toEqual(
      analyzeLedger(formatted, settings),
    );
    expect(rowsSent()).toBe(3 * first);
    expect(started).toHaveLength(1);
  });
});
