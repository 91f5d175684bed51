/**
 * The rates step of the setup, shown once the ledger holds several currencies, or rates are kept. Its controller
 * (useRatesStep) is made once in TaskpaneApp, so the rates kept in the workbook are loaded before the first analysis
 * and the Cash tab uses the same table.
 */
import type { CSSProperties } from "react";
import type { AnalysisBeforeChecks } from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import { localeFromOffice } from "../../excel/host";
import { RATES_TEXT } from "../../i18n/currencies";
import { reportingCurrency } from "../state/currency";
import type { SettingsForm } from "../state/settings";
import { type RatesController, useRates } from "../state/useRates";
import { useTexts } from "../i18n";
import { RatesSection } from "./RatesSection";

/** The rates show once the ledger holds several currencies, or rates are kept in the workbook. */
function showRates(analysis: AnalysisBeforeChecks | null, kept: number): boolean {
  return kept > 0 || (analysis?.ledgerCurrencies.length ?? 0) > 1 || !!analysis?.conversion;
}

interface SettingsController {
  state: { analysis: AnalysisBeforeChecks | null; settings: SettingsForm };
  setSettings: (p: Partial<SettingsForm>) => void;
}

/** The pane's one rates controller (made once in TaskpaneApp): the rates step and the Cash tab share it. */
export function useRatesStep(
  gateway: WorkbookGateway,
  controller: SettingsController,
  locale: string = localeFromOffice(),
): RatesController {
  const { state, setSettings } = controller;
  return useRates(gateway, reportingCurrency(state.settings.currency, locale), (r) => setSettings({ rates: r }));
}

export function RatesStep({
  rates,
  controller,
  busy,
  headingStyle,
  locale = localeFromOffice(),
}: {
  rates: RatesController;
  controller: SettingsController;
  busy: boolean;
  headingStyle: CSSProperties;
  locale?: string;
}) {
  const { language } = useTexts();
  const { state, setSettings } = controller;
  if (!showRates(state.analysis, rates.state.rates.length)) return null;
  return (
    <section aria-labelledby="step-rates">
      <h2 id="step-rates" style={headingStyle}>
        {RATES_TEXT[language].title}
      </h2>
      <RatesSection
        chosen={state.settings.currency}
        detected={reportingCurrency("", locale)}
        onChoose={(currency) => setSettings({ currency })}
        rates={rates}
        busy={busy}
      />
    </section>
  );
}
