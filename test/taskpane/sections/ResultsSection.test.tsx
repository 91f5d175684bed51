/** The results: nothing before an analysis; then the reconciliation, the notes, the tabs and the rows with issues. */
import { screen } from "@testing-library/react";
import { AnalysisNotes, ResultsSection } from "../../../src/taskpane/sections/ResultsSection";
import type { WorkbookGateway } from "../../../src/excel/gateway";
import { analysis, fakeCash, fakeController, fakeRates, ledger, mapping, show } from "./paneFakes";

const gateway = {} as WorkbookGateway;

describe("the results", () => {
  test("nothing before an analysis", () => {
    const { container } = show(
      <ResultsSection
        controller={fakeController()}
        cash={fakeCash()}
        rates={fakeRates()}
        busy={false}
        {...{ gateway }}
      />,
    );
    expect(container.textContent).toBe("");
  });

  test("without a desk: the result tabs and the Cash plan, opening on Overview; the rows with issues below", () => {
    const controller = fakeController({ input: ledger, mapping, analysis });
    show(
      <ResultsSection controller={controller} cash={fakeCash()} rates={fakeRates()} busy={false} {...{ gateway }} />,
    );
    expect(screen.queryByTestId("reconciliation")).toBeNull(); // the hand-built ledger has no total row to prove
    const tabs = screen.getAllByRole("tab").map((t) => t.textContent);
    expect(tabs[0]).toBe("Overview");
    expect(tabs).not.toContain("Today");
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe("Overview");
    expect(screen.getByTestId("kpi-total-open")).toBeTruthy();
    expect(screen.getAllByRole("separator")).toHaveLength(2);
  });

  test("the analysis's notes, and a warning when no invoice was usable", () => {
    const note = { code: "mapping.headerGuessed", params: {}, text: "The header row was guessed." };
    show(<AnalysisNotes analysis={{ ...analysis, notes: [note], counts: { ...analysis.counts, invoices: 0 } }} />);
    expect(screen.getAllByTestId("analysis-note")).toHaveLength(1);
    expect(screen.getByText(/No usable invoices were found/)).toBeTruthy();
  });

  test("no notes and invoices found: nothing to say", () => {
    const { container } = show(<AnalysisNotes analysis={{ ...analysis, notes: [] }} />);
    expect(container.textContent).toBe("");
  });
});
