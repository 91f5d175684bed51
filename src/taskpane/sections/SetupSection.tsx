/**
 * The setup: settings (step 2), the exchange rates when the ledger needs them, and the column mapping (step 3).
 * Open before the first analysis; once analysed it folds away behind its toggle (open on demand).
 */
import { Button, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { MappingEditor } from "../components/MappingEditor";
import { ReadAsSystem } from "../components/LayoutNotices";
import { RatesStep } from "../components/RatesStep";
import { SettingsPanel } from "../components/SettingsPanel";
import { useTexts } from "../i18n";
import type { RatesController } from "../state/useRates";
import type { TaskpaneController } from "../state/useTaskpane";
import { stepHeading } from "./SelectStep";

/** The button that folds and opens the setup (shown once there is an analysis). */
export function SetupToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { p } = useTexts();
  return (
    <Button
      appearance="subtle"
      size="small"
      aria-expanded={open}
      aria-controls="setup"
      onClick={onToggle}
      data-testid="setup-toggle"
      style={{ alignSelf: "flex-start", maxWidth: "100%" }}
    >
      {open ? "▾" : "▸"} {p("setupShow")}
    </Button>
  );
}

/** Step 2: the settings; default terms are asked for when the ledger has neither due dates nor terms. */
export function SettingsStep({ controller }: { controller: TaskpaneController }) {
  const { t } = useTexts();
  const { state } = controller;
  const columns = state.mapping?.columns;
  return (
    <section aria-labelledby="step-settings">
      <h2 id="step-settings" style={stepHeading}>
        {t("stepSettings")}
      </h2>
      <SettingsPanel
        settings={state.settings}
        currencies={state.analysis?.ledgerCurrencies ?? []}
        needsDefaultTerms={!!columns && columns.dueDate === null && columns.terms === null}
        onChange={controller.setSettings}
        currencyGuess={state.currencyGuess}
        restored={state.restored}
        onReset={controller.resetSaved}
        analysed={!!state.analysis}
      />
    </section>
  );
}

/** Step 3: which column holds what, once a ledger is read. */
export function MappingStep({ controller }: { controller: TaskpaneController }) {
  const { t } = useTexts();
  const { input, mapping } = controller.state;
  // The widest row, once per ledger read (not at every render: a million rows).
  const columnCount = useMemo(() => input?.values.reduce((w, r) => Math.max(w, r.length), 0) ?? 0, [input?.values]);
  if (!input || !mapping) return null;
  return (
    <section aria-labelledby="step-mapping">
      <h2 id="step-mapping" style={stepHeading}>
        {t("stepMapping")}
      </h2>
      <ReadAsSystem mapping={mapping} />
      <MappingEditor mapping={mapping} columnCount={columnCount} onChange={controller.setColumn} />
    </section>
  );
}

export function SetupSection({
  controller,
  rates,
  busy,
  open,
  onToggle,
}: {
  controller: TaskpaneController;
  rates: RatesController;
  busy: boolean;
  open: boolean;
  onToggle: () => void;
}) {
  return (
    <>
      {controller.state.analysis && <SetupToggle open={open} onToggle={onToggle} />}
      <div
        id="setup"
        hidden={!open}
        style={{ display: open ? "flex" : "none", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 }}
      >
        <SettingsStep controller={controller} />
        <RatesStep rates={rates} controller={controller} busy={busy} headingStyle={stepHeading} />
        <MappingStep controller={controller} />
      </div>
    </>
  );
}
