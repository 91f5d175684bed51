/**
 * The taskpane: select the ledger → settings and column mapping → Analyze → results in tabs → write the report.
 * Renders what useTaskpane holds; figures come from the engine, workbook access from the gateway. Each part of the
 * pane is its own component (src/taskpane/sections), in the order shown.
 */
import { FluentProvider, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WorkbookGateway } from "../excel/gateway";
import type { Language } from "../i18n/translate";
import { useRatesStep } from "./components/RatesStep";
import { makeTexts, TextsContext } from "./i18n";
import type { SettingsForm } from "./state/settings";
import { useTaskpane } from "./state/useTaskpane";
import { useCashPlan } from "./state/useCashPlan";
import type { CashSettings } from "../engine";
import { PaneHeader } from "./sections/PaneHeader";
import { SelectStep } from "./sections/SelectStep";
import { PaneNotices } from "./sections/PaneNotices";
import { SetupSection } from "./sections/SetupSection";
import { ResultsSection } from "./sections/ResultsSection";

export interface TaskpaneAppProps {
  gateway: WorkbookGateway;
  language: Language;
  theme?: "light" | "dark";
  initialSettings?: Partial<SettingsForm>;
  /** Cash-plan settings to start from when the workbook has none saved (the preview's sample flows). */
  initialCash?: Partial<CashSettings>;
  /** Told when the user switches the language (the preview's AR.* functions follow it). */
  onLanguageChange?: (language: Language) => void;
}

const mainStyle = {
  padding: tokens.spacingHorizontalM,
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  minWidth: 0,
  overflowWrap: "anywhere",
} as const;

export function TaskpaneApp(props: TaskpaneAppProps) {
  const [language, setLanguage] = useState<Language>(props.language);
  const cash = useCashPlan(props.gateway, props.initialCash);
  const controller = useTaskpane(props.gateway, language, props.initialSettings, cash.request);
  const { state } = controller;
  const rates = useRatesStep(props.gateway, controller); // one rates table: the setup's and the Cash tab's
  const currency = state.analysis?.settings.currency ?? "CNY";
  const texts = useMemo(() => makeTexts(language, currency), [language, currency]);
  const busy = state.phase !== "idle";
  // Once analysed, the results come first: the help, settings and column mapping fold away (open on demand).
  const [setupOpen, setSetupOpen] = useState<boolean | null>(null);
  const showSetup = setupOpen ?? !state.analysis;
  const chooseLanguage = (next: Language) => {
    setLanguage(next);
    props.onLanguageChange?.(next);
  };
  return (
    <FluentProvider
      theme={props.theme === "dark" ? webDarkTheme : webLightTheme}
      style={{ minHeight: "100%" }}
      dir="ltr"
      lang={language}
    >
      <TextsContext.Provider value={texts}>
        <main style={mainStyle}>
          <PaneHeader language={language} onLanguage={chooseLanguage} />
          <SelectStep controller={controller} busy={busy} showSetup={showSetup} />
          <PaneNotices controller={controller} cash={cash} busy={busy} />
          <SetupSection
            controller={controller}
            rates={rates}
            busy={busy}
            open={showSetup}
            onToggle={() => setSetupOpen(!showSetup)}
          />
          <ResultsSection controller={controller} cash={cash} rates={rates} busy={busy} gateway={props.gateway} />
        </main>
      </TextsContext.Provider>
    </FluentProvider>
  );
}
