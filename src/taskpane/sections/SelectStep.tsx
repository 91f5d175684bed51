/** Step 1: use the selected range as the ledger, analyse it (again), write the report; where the ledger came from. */
import { Button, tokens } from "@fluentui/react-components";
import { type Texts, useTexts } from "../i18n";
import type { TaskpaneController, TaskpaneState } from "../state/useTaskpane";

/** The step headings' style. */
export const stepHeading = { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalXS}` };

/** "Source: Ledger!A1:H19 — 19 rows × 8 columns", or that nothing was read yet. */
export function sourceText(input: TaskpaneState["input"], t: Texts["t"]): string {
  if (!input) return t("noSource");
  const columns = input.values[0]?.length ?? 0;
  return t("source", { address: input.address, size: t("rows", { rows: input.values.length, columns }) });
}

export function SelectStep({
  controller,
  busy,
  showSetup,
}: {
  controller: TaskpaneController;
  busy: boolean;
  showSetup: boolean;
}) {
  const { t } = useTexts();
  const { state } = controller;
  const size = state.analysis ? "small" : "medium";
  return (
    <section aria-labelledby="step-select">
      <h2 id="step-select" style={stepHeading}>
        {t("stepSelect")}
      </h2>
      {showSetup && <p style={{ margin: `0 0 ${tokens.spacingVerticalXS}` }}>{t("stepSelectHelp")}</p>}
      <div style={{ display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" }}>
        <Button appearance="primary" size={size} onClick={controller.readSelection} disabled={busy}>
          {t("useSelection")}
        </Button>
        <Button
          appearance={state.analysis ? "secondary" : "primary"}
          size={size}
          onClick={controller.analyze}
          disabled={busy || !state.input}
        >
          {state.analysis ? t("reanalyze") : t("analyze")}
        </Button>
        <Button size={size} onClick={controller.writeReport} disabled={busy || !state.analysis}>
          {t("writeReport")}
        </Button>
      </div>
      <p style={{ margin: `${tokens.spacingVerticalXS} 0 0` }} data-testid="source">
        {sourceText(state.input, t)}
      </p>
    </section>
  );
}
