/**
 * The taskpane: select the ledger → settings and column mapping → Analyze → results in tabs → write the report.
 * Renders what useTaskpane holds; figures come from the engine, workbook access from the gateway.
 */
import {
  Button,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { WorkbookGateway } from "../excel/gateway";
import type { Language } from "../i18n/translate";
import { SAVED_TEXT, setAsideText } from "../i18n/savedSettings";
import { IssuesList } from "./components/IssuesList";
import { MappingEditor } from "./components/MappingEditor";
import { ProgressPanel } from "./components/ProgressPanel";
import { ResultsTabs } from "./components/ResultsTabs";
import { DeskTab } from "./tabs/DeskTab";
import { TodayTab } from "./tabs/TodayTab";
import { SettingsPanel } from "./components/SettingsPanel";
import { RatesStep, useRatesStep } from "./components/RatesStep";
import { makeTexts, TextsContext } from "./i18n";
import type { SettingsForm } from "./state/settings";
import { useTaskpane } from "./state/useTaskpane";
import { useCashPlan } from "./state/useCashPlan";
import { CashTab } from "./cash/CashTab";
import type { CashSettings } from "../engine";
import { MoneyConfirm } from "./components/MoneyConfirm";
import { ReconciliationLine } from "./components/ReconciliationLine";
import { DateSwapOffer, ReadAsSystem } from "./components/LayoutNotices";
import { parseCell } from "../engine";

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

/** The step headings' style. */
const h2 = { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalXS}` };

export function TaskpaneApp(props: TaskpaneAppProps) {
  const [language, setLanguage] = useState<Language>(props.language);
  const cash = useCashPlan(props.gateway, props.initialCash);
  const controller = useTaskpane(props.gateway, language, props.initialSettings, cash.request);
  const { state } = controller;
  const rates = useRatesStep(props.gateway, controller); // one rates table: the setup's and the Cash tab's
  const currency = state.analysis?.settings.currency ?? "CNY";
  const texts = useMemo(() => makeTexts(language, currency), [language, currency]);
  const { t, p } = texts;
  const busy = state.phase !== "idle";
  // Once analysed, the results come first: the help, settings and column mapping fold away (open on demand).
  const [setupOpen, setSetupOpen] = useState<boolean | null>(null);
  const showSetup = setupOpen ?? !state.analysis;
  return (
    <FluentProvider
      theme={props.theme === "dark" ? webDarkTheme : webLightTheme}
      style={{ minHeight: "100%" }}
      dir="ltr"
      lang={language}
    >
      <TextsContext.Provider value={texts}>
        <main
          style={{
            padding: tokens.spacingHorizontalM,
            display: "flex",
            flexDirection: "column",
            gap: tokens.spacingVerticalS,
            minWidth: 0,
            overflowWrap: "anywhere",
          }}
        >
          <header
            style={{
              display: "flex",
              flexWrap: "wrap",
              justifyContent: "space-between",
              alignItems: "center",
              gap: tokens.spacingHorizontalS,
            }}
          >
            <div style={{ minWidth: 0 }}>
              <h1 style={{ fontSize: tokens.fontSizeBase500, margin: 0 }}>{t("appTitle")}</h1>
              <div style={{ fontSize: tokens.fontSizeBase200 }}>{t("appSubtitle")}</div>
            </div>
            <Select
              aria-label={t("language")}
              value={language}
              onChange={(_, d) => {
                setLanguage(d.value as Language);
                props.onLanguageChange?.(d.value as Language);
              }}
              style={{ width: "7.5em", minWidth: 0 }}
            >
              <option value="en">{t("english")}</option>
              <option value="zh-CN">{t("chinese")}</option>
            </Select>
          </header>

          <section aria-labelledby="step-select">
            <h2 id="step-select" style={h2}>
              {t("stepSelect")}
            </h2>
            {showSetup && <p style={{ margin: `0 0 ${tokens.spacingVerticalXS}` }}>{t("stepSelectHelp")}</p>}
            <div style={{ display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" }}>
              <Button
                appearance="primary"
                size={state.analysis ? "small" : "medium"}
                onClick={controller.readSelection}
                disabled={busy}
              >
                {t("useSelection")}
              </Button>
              <Button
                appearance={state.analysis ? "secondary" : "primary"}
                size={state.analysis ? "small" : "medium"}
                onClick={controller.analyze}
                disabled={busy || !state.input}
              >
                {state.analysis ? t("reanalyze") : t("analyze")}
              </Button>
              <Button
                size={state.analysis ? "small" : "medium"}
                onClick={controller.writeReport}
                disabled={busy || !state.analysis}
              >
                {t("writeReport")}
              </Button>
            </div>
            <p style={{ margin: `${tokens.spacingVerticalXS} 0 0` }} data-testid="source">
              {state.input
                ? `${t("source")}: ${state.input.address} — ${t("rows", { rows: state.input.values.length, columns: state.input.values[0]?.length ?? 0 })}`
                : t("noSource")}
            </p>
          </section>

          {state.progress && <ProgressPanel progress={state.progress} onCancel={controller.cancel} />}
          {state.awaitingConfirm && state.input && state.mapping?.confirm?.length ? (
            <MoneyConfirm
              mapping={state.mapping}
              values={state.input.values}
              topRow={parseCell(state.input.topLeft).row + 1}
              onConfirm={controller.confirmMoney}
              busy={busy}
            />
          ) : null}
          {state.mapping && (
            <DateSwapOffer
              mapping={state.mapping}
              swapped={!!state.settings.swapDateSerials}
              onSwap={controller.swapDates}
              busy={busy}
            />
          )}
          {state.notice?.kind === "error" && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
                {state.notice.message}
              </MessageBarBody>
            </MessageBar>
          )}
          {state.notice?.kind === "cancelled" && (
            <MessageBar intent="info">
              <MessageBarBody>{t("cancelled")}</MessageBarBody>
            </MessageBar>
          )}
          {state.setAside && (
            <MessageBar intent="warning" data-testid="set-aside">
              <MessageBarBody>{setAsideText(state.setAside, language)}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={controller.resetSaved}>
                  {SAVED_TEXT[language].resetSaved}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {(state.desk?.setAside ?? []).map((a) => (
            <MessageBar key={a.key} intent="warning" data-testid="desk-set-aside">
              <MessageBarBody>{setAsideText(a, language)}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => controller.resetDeskSetAside(a.key)}>
                  {SAVED_TEXT[language].resetStored}
                </Button>
              </MessageBarActions>
            </MessageBar>
          ))}
          {cash.state.setAside.map((a) => (
            <MessageBar key={a.key} intent="warning" data-testid="cash-set-aside">
              <MessageBarBody>{setAsideText(a, language)}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => cash.resetSetAside(a.key)}>
                  {SAVED_TEXT[language].resetStored}
                </Button>
              </MessageBarActions>
            </MessageBar>
          ))}
          {state.notice?.kind === "written" && (
            <MessageBar intent="success">
              <MessageBarBody data-testid="written">
                {t(state.notice.result.replaced ? "reportReplaced" : "reportWritten", {
                  sheet: state.notice.result.sheetName,
                })}
                {state.notice.result.kept?.length
                  ? ` ${t("reportKept", { sheets: state.notice.result.kept.map((n) => `“${n}”`).join(language === "zh-CN" ? "、" : ", ") })}`
                  : ""}
              </MessageBarBody>
            </MessageBar>
          )}

          {state.analysis && (
            <Button
              appearance="subtle"
              size="small"
              aria-expanded={showSetup}
              aria-controls="setup"
              onClick={() => setSetupOpen(!showSetup)}
              data-testid="setup-toggle"
              style={{ alignSelf: "flex-start", maxWidth: "100%" }}
            >
              {showSetup ? "▾" : "▸"} {p("setupShow")}
            </Button>
          )}
          <div
            id="setup"
            hidden={!showSetup}
            style={{
              display: showSetup ? "flex" : "none",
              flexDirection: "column",
              gap: tokens.spacingVerticalS,
              minWidth: 0,
            }}
          >
            <section aria-labelledby="step-settings">
              <h2 id="step-settings" style={h2}>
                {t("stepSettings")}
              </h2>
              <SettingsPanel
                settings={state.settings}
                currencies={state.analysis?.ledgerCurrencies ?? []}
                needsDefaultTerms={
                  !!state.mapping && state.mapping.columns.dueDate === null && state.mapping.columns.terms === null
                }
                onChange={controller.setSettings}
                currencyGuess={state.currencyGuess}
                restored={state.restored}
                onReset={controller.resetSaved}
                analysed={!!state.analysis}
              />
            </section>
            <RatesStep rates={rates} controller={controller} busy={busy} headingStyle={h2} />
            {state.input && state.mapping && (
              <section aria-labelledby="step-mapping">
                <h2 id="step-mapping" style={h2}>
                  {t("stepMapping")}
                </h2>
                <ReadAsSystem mapping={state.mapping} />
                <MappingEditor
                  mapping={state.mapping}
                  columnCount={state.input.values.reduce((w, r) => Math.max(w, r.length), 0)}
                  onChange={controller.setColumn}
                />
              </section>
            )}
          </div>

          {state.analysis && (
            <>
              <Divider />
              <ReconciliationLine analysis={state.analysis} />
              {state.analysis.notes.map((n) => (
                <MessageBar key={n.code} intent="info">
                  <MessageBarBody data-testid="analysis-note">{texts.reason(n)}</MessageBarBody>
                </MessageBar>
              ))}
              {state.analysis.counts.invoices === 0 && (
                <MessageBar intent="warning">
                  <MessageBarBody>{t("emptyLedger")}</MessageBarBody>
                </MessageBar>
              )}
              <ResultsTabs
                analysis={state.analysis}
                onAcceptLimits={controller.acceptLimits}
                cashPanel={
                  <CashTab
                    {...{ cash, rates, busy }}
                    analysis={state.analysis}
                    onUpdate={controller.analyze}
                    onGoTo={controller.goTo}
                  />
                }
                collections={
                  state.desk && (
                    <DeskTab
                      key={state.desk.desk.asOf}
                      analysis={state.analysis}
                      desk={state.desk}
                      gateway={props.gateway}
                      onGoTo={controller.goTo}
                      onChange={controller.replaceDesk}
                    />
                  )
                }
                today={
                  state.desk
                    ? (open) => (
                        <TodayTab
                          analysis={state.analysis!}
                          desk={state.desk!}
                          gateway={props.gateway}
                          onChange={controller.replaceDesk}
                          onOpenWorklist={() => open("collections")}
                        />
                      )
                    : undefined
                }
              />
              <Divider />
              <IssuesList issues={state.analysis.issues} counts={state.analysis.counts} onGoTo={controller.goTo} />
            </>
          )}
        </main>
      </TextsContext.Provider>
    </FluentProvider>
  );
}
