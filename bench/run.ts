/**
 * `npm run bench`: performance figures, printed in one run (targets are in the issues and the README; they are
 * measured here, never asserted in the test suite). Run with --expose-gc so memory figures start from a clean heap.
 */
import { benchAging } from "./aging";
import { benchAnalysis } from "./analysis";
import { benchCash } from "./cash";
import { benchCustomers } from "./customers";
import { benchForecastCheck } from "./forecastCheck";
import { benchFormulas } from "./formulas";
import { benchHistory } from "./history";
import { benchReadBytes } from "./readBytes";
import { benchStages } from "./stages";

class BenchError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

// The functions bundle throws CustomFunctions.Error; outside Excel the bench provides the same shape.
(globalThis as Record<string, unknown>).CustomFunctions ??= {
  Error: BenchError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
  },
  associate: () => undefined,
};

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  log(`AR Lens benchmarks — node ${process.version}, ${require("os").cpus().length} cores`);
  await benchReadBytes(log);
  await benchAging(log);
  await benchAnalysis(log);
  await benchCash(log);
  await benchForecastCheck(log);
  await benchFormulas(log);
  await benchHistory(log);
  await benchStages(log);
  await benchCustomers(log);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
