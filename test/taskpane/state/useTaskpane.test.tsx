/**
 * The taskpane's flow, through the hook on an in-memory workbook: read → detect → analyse → write, each cancellable;
 * what was saved for a ledger restored or set aside; the choices that analyse again. What the pane shows of this
 * state is tested with its sections (test/taskpane/sections, components/ProgressPanel, PaneNotices).
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import type { LedgerChecks } from "../../../src/engine";
import { detectColumns } from "../../../src/engine/ledger/columns";
import type { WorkbookGateway } from "../../../src/excel/gateway";
import { GatewayError } from "../../../src/excel/gatewayErrors";
import type { Language } from "../../../src/i18n/translate";
import { headerSignature } from "../../../src/taskpane/state/ledgerMemory";
import { useTaskpane } from "../../../src/taskpane/state/useTaskpane";
import { AS_OF, EN_HEADERS, handLedger } from "../../engine/analysis/handLedger";
import { type BookOptions, handBook } from "../harness";

/** Called as each stage of an analysis begins (the analysis itself is the real one). */
let mockAtStage: ((step: string, index: number, of: number) => void) | null = null;
/** Given each analysis's checks (and its signal), returns the checks the pane gets instead: held, failed… */
let mockChecks: ((checks: Promise<LedgerChecks>, signal?: AbortSignal) => Promise<LedgerChecks>) | null = null;
jest.mock("../../../src/taskpane/analysis/analyzeOffThread", () => {
  const actual = jest.requireActual("../../../src/taskpane/analysis/analyzeOffThread");
  type Options = { onStage?: (step: string, index: number, of: number) => void; signal?: AbortSignal };
  return {
    ...actual,
    analyzeOffThread: async (input: unknown, settings: unknown, options: Options = {}) => {
      const parts = await actual.analyzeOffThread(input, settings, {
        ...options,
        onStage: (step: string, index: number, of: number) => {
          options.onStage?.(step, index, of);
          mockAtStage?.(step, index, of);
        },
      });
      return mockChecks ? { ...parts, checks: mockChecks(parts.checks, options.signal) } : parts;
    },
  };
});

/** Checks held back until released (or failed), rejected as the real ones are when their analysis is stopped. */
function heldChecks() {
  const held: { release: () => void; fail: (e: Error) => void; signal?: AbortSignal }[] = [];
  mockChecks = (checks, signal) =>
    new Promise<LedgerChecks>((resolve, reject) => {
      signal?.addEventListener("abort", () => reject(aborted()));
      held.push({ release: () => void checks.then(resolve, reject), fail: reject, signal });
    });
  return held;
}

afterEach(() => {
  mockChecks = null;
});

const aborted = () => Object.assign(new Error("Cancelled"), { name: "AbortError" });

/** The hook on the hand-built ledger's workbook (or `options`' values), nothing read yet. */
function pane(options: BookOptions & { language?: Language } = {}) {
  const { book, ledger, gateway } = handBook(options);
  const hook = renderHook(() => useTaskpane(gateway, options.language ?? "en", { asOf: AS_OF }, undefined, "en-US"));
  return { book, ledger, hook, now: () => hook.result.current };
}

/** The hook with the selection read and analysed. */
async function analysed(options: BookOptions & { language?: Language } = {}) {
  const p = pane(options);
  await act(() => p.now().readSelection());
  expect(p.now().state.analysis).not.toBeNull();
  return p;
}

test("read then analysed: the range, its columns and the analysis; idle again, nothing in progress", async () => {
  const { now } = await analysed();
  const { state } = now();
  expect(state.input?.address).toBe("Ledger!A1:H19");
  expect(state.mapping?.columns.amount).toBe(4);
  expect(state.analysis!.portfolio.totalOpen).toBe(10050);
  expect(state.desk).not.toBeNull();
  expect([state.phase, state.progress, state.notice, state.restored]).toEqual(["idle", null, null, false]);
});

test("cancel stops an analysis between its stages: cancelled, the earlier results stay", async () => {
  const { now } = await analysed();
  const before = now().state.analysis;
  const stages: unknown[][] = [];
  // Cancelled as the first stage begins (a 19-row analysis would end before a poll of the state saw it).
  mockAtStage = (...stage) => {
    stages.push(stage);
    now().cancel();
  };
  await act(() => now().analyze());
  mockAtStage = null;
  expect(stages).toEqual([[expect.any(String), 0, 7]]); // the first of seven stages, and no stage more
  expect(now().state).toMatchObject({ phase: "idle", progress: null, notice: { kind: "cancelled" } });
  expect(now().state.analysis).toBe(before);
});

describe("the model check and the forecast check, after the results", () => {
  test("the results are shown while the checks run; the checks come after them, the results unchanged", async () => {
    const held = heldChecks();
    const { now } = await analysed();
    const shown = now().state.analysis;
    expect(now().state).toMatchObject({ phase: "idle", checks: "checking" });
    expect(shown!.portfolio.totalOpen).toBe(10050);
    await act(async () => held[0].release());
    await waitFor(() => expect(typeof now().state.checks).toBe("object"));
    const checks = now().state.checks as LedgerChecks;
    expect(checks.modelCheck.status).toBe("tooShort");
    expect(checks.forecastCheck.points).toBeGreaterThan(0);
    expect(now().state.analysis).toBe(shown);
  });

  test("a report asked for while the checks run waits for them, then holds them", async () => {
    const held = heldChecks();
    const { book, now } = await analysed();
    let run: Promise<void> = Promise.resolve();
    act(() => {
      run = now().writeReport();
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(now().state.phase).toBe("writing");
    expect(book.sheets).toHaveLength(1); // nothing written yet: the report waits
    await act(async () => held[0].release());
    await act(() => run);
    expect(now().state.notice).toMatchObject({ kind: "written" });
    // The model check's table, from the checks that came (the hand ledger's forecast check has no rows to write).
    const text = JSON.stringify(book.sheets[1].rows);
    expect(text).toContain("Model check: how well the grade predicted late payment — Too short to judge");
  });

  test("checks that fail: said in the notice, the results kept; the report says it needs them", async () => {
    const held = heldChecks();
    const { book, now } = await analysed();
    await act(async () => held[0].fail(new Error("the backtest broke")));
    expect(now().state.checks).toBe("failed");
    expect(now().state.notice).toMatchObject({ kind: "error", message: expect.stringContaining("the backtest broke") });
    expect(now().state.analysis).not.toBeNull();
    await act(() => now().writeReport());
    expect(now().state.notice).toMatchObject({ kind: "error", message: expect.stringMatching(/^The report holds/) });
    expect(book.sheets).toHaveLength(1);
  });

  test("analysed again: the earlier checks run on until the new results come, then stop; theirs never shown", async () => {
    const held = heldChecks();
    const { now } = await analysed();
    await act(() => now().analyze());
    expect(held).toHaveLength(2);
    expect(held[0].signal?.aborted).toBe(true); // replaced by the new results: stopped
    expect(held[1].signal?.aborted).toBe(false);
    expect(now().state.checks).toBe("checking");
    await act(async () => held[1].release());
    await waitFor(() => expect(typeof now().state.checks).toBe("object"));
  });

  test("a re-analysis cancelled before its results leaves the earlier results' checks running, and they come", async () => {
    const held = heldChecks();
    const { now } = await analysed();
    mockAtStage = () => now().cancel();
    await act(() => now().analyze());
    mockAtStage = null;
    expect(now().state.notice).toEqual({ kind: "cancelled" });
    expect(held).toHaveLength(1);
    expect(held[0].signal?.aborted).toBe(false);
    await act(async () => held[0].release());
    await waitFor(() => expect(typeof now().state.checks).toBe("object"));
  });

  test("a new selection read stops the checks under way", async () => {
    const held = heldChecks();
    const { now } = await analysed();
    const first = held[0];
    await act(() => now().readSelection());
    expect(first.signal?.aborted).toBe(true);
    expect(now().state.checks).toBe("checking"); // the new results' own
  });
});

test("cancel stops a write in progress: cancelled, no sheet written", async () => {
  const wrap = (g: WorkbookGateway): WorkbookGateway => ({
    ...g,
    writeReport: (_report, onProgress, signal) =>
      new Promise((_resolve, reject) => {
        onProgress?.(1, 10);
        signal?.addEventListener("abort", () => reject(aborted()));
      }),
  });
  const { book, now } = await analysed({ wrap });
  let run: Promise<void> = Promise.resolve();
  act(() => {
    run = now().writeReport();
  });
  await waitFor(() => expect(now().state.progress).toEqual({ stage: "writing", done: 1, total: 10 }));
  act(() => now().cancel());
  await act(() => run);
  expect(now().state).toMatchObject({ phase: "idle", progress: null, notice: { kind: "cancelled" } });
  expect(book.sheets).toHaveLength(1);
});

test("a saved column beyond the ledger's width (same header) is set aside: the analysis goes on, Reset returns to detection", async () => {
  const values = handLedger() as (string | number)[][];
  const headerRow = detectColumns(values).headerRow;
  const stored = [
    {
      signature: headerSignature(values, headerRow),
      headerRow,
      overrides: { amount: 40 },
      settings: { riskAppetite: "yolo" },
    },
  ];
  const { book, now } = await analysed({ settings: { "arlens.ledger.Ledger": JSON.stringify(stored) } });
  expect(now().state.setAside).toEqual({ key: "arlens.ledger.Ledger", fields: ["amount", "riskAppetite"] });
  // What was settled on is detection and the defaults: nothing of the record is kept.
  expect(book.settings.has("arlens.ledger.Ledger")).toBe(false);
  await act(() => now().resetSaved());
  expect(now().state).toMatchObject({ setAside: null, restored: false, overrides: {} });
  expect(now().state.analysis!.portfolio.totalOpen).toBe(10050);
  expect(book.settings.has("arlens.ledger.Ledger")).toBe(false);
});

test("company details saved as a number: set aside, the analysis goes on, Reset keeps the text fields", async () => {
  const company = { "arlens.desk.company": JSON.stringify({ name: 42, address: "1 Main St" }) };
  const { book, now } = await analysed({ settings: company });
  expect(now().state.desk!.setAside).toEqual([expect.objectContaining({ key: "arlens.desk.company" })]);
  expect(now().state.analysis).not.toBeNull();
  await act(() => now().resetDeskSetAside("arlens.desk.company"));
  expect(JSON.parse(book.settings.get("arlens.desk.company") as string)).toEqual({
    name: "",
    address: "1 Main St",
    contact: "",
    bank: "",
    account: "",
    signature: "",
  });
  expect(now().state.desk!.setAside).toEqual([]);
});

test("money columns chosen from their content alone: nothing analysed until confirmed, then they are the user's", async () => {
  const values = handLedger(EN_HEADERS.map((h) => (h === "Amount" ? "Figures" : h))) as (string | number)[][];
  const { now } = pane({ values });
  await act(() => now().readSelection());
  expect(now().state.mapping!.confirm!.length).toBeGreaterThan(0);
  expect(now().state).toMatchObject({ awaitingConfirm: true, analysis: null, phase: "idle" });
  await act(() => now().confirmMoney());
  expect(now().state.overrides).toMatchObject({ amount: 4 });
  expect(now().state.awaitingConfirm).toBe(false);
  expect(now().state.analysis!.portfolio.totalOpen).toBe(10050);
});

test("a setting changed is used by an analysis asked for at once; limits kept are added and analysed", async () => {
  const { now } = await analysed();
  await act(async () => {
    now().setSettings({ riskAppetite: "conservative" });
    await now().analyze();
  });
  expect(now().state.analysis!.settings.riskAppetite).toBe("conservative");
  const kept = { customer: "Beta", amount: 1234, source: "accepted" } as const;
  expect(now().state.analysis!.customers.find((c) => c.customer === "Beta")!.keptLimit ?? null).toBeNull();
  await act(() => now().acceptLimits([kept]));
  expect(now().state.settings.keptLimits).toEqual([kept]);
  const beta = () => now().state.analysis!.customers.find((c) => c.customer === "Beta")!;
  expect(beta().keptLimit).toEqual(kept);
});

test.each([
  ["en", "The selection holds no data: select the ledger, header row included."],
  ["zh-CN", "所选区域没有数据：请选择台账，并包括表头行。"],
] as const)("a gateway error is a notice in the pane's language (%s), the pane idle again", async (language, says) => {
  const empty = new GatewayError("emptySelection", {}, "The selection holds no data");
  const wrap = (g: WorkbookGateway): WorkbookGateway => ({ ...g, readSelection: () => Promise.reject(empty) });
  const { now } = pane({ wrap, language });
  await act(() => now().readSelection());
  expect(now().state).toMatchObject({ phase: "idle", progress: null, analysis: null });
  expect(now().state.notice).toEqual({ kind: "error", message: says });
});
