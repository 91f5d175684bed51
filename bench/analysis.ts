/** Placeholder replaced by the ledger-analysis benchmark. */
export async function benchAnalysis(log: (line: string) => void): Promise<void> {
  log("");
  log("Full ledger analysis: not benchmarked yet");
}
