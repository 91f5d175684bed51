/**
 * The analysis workers of the pane: one is kept idle after an analysis ends and reused by the next, so that what the
 * engine keeps between runs in it — the model check and the forecast check per ledger (engine history/checksCache.ts)
 * — is reused when only a display setting changes (the risk appetite, limits kept, the aging basis). A worker stopped
 * by a cancel or an error is terminated, never kept; a second worker finishing while one is idle is terminated.
 */
export interface AnalysisWorkers {
  /** An idle worker, else a new one (null where the page has none). */
  take(): Worker | null;
  /** A worker whose analysis ended normally: kept idle, or terminated if one already is. */
  giveBack(worker: Worker): void;
}

export function workerPool(start: () => Worker | null): AnalysisWorkers {
  let idle: Worker | null = null;
  return {
    take() {
      const worker = idle ?? start();
      idle = null;
      return worker;
    },
    giveBack(worker) {
      if (idle && idle !== worker) worker.terminate();
      else idle = worker;
    },
  };
}

/** Workers that are never kept: each analysis its own, terminated at its end. */
export function singleUse(start: () => Worker | null): AnalysisWorkers {
  return { take: start, giveBack: (worker) => worker.terminate() };
}
