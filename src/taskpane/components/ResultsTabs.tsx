/** The results in tabs: Overview, Customers, Payment plans, Alerts, Insurance, Forecast. */
import { Tab, TabList } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { CASH_TEXT } from "../../i18n/cash";
import type { Analysis } from "../../engine/analysis/types";
import { useTexts } from "../i18n";
import { AlertsTab } from "../tabs/AlertsTab";
import { CustomersTab } from "../tabs/CustomersTab";
import { ForecastTab } from "../tabs/ForecastTab";
import { InsuranceTab } from "../tabs/InsuranceTab";
import { OverviewTab } from "../tabs/OverviewTab";
import { PlansTab } from "../tabs/PlansTab";

export const TABS = ["overview", "customers", "plans", "alerts", "insurance", "forecast", "cash"] as const;
export type TabId = (typeof TABS)[number];

const LABEL = { overview: "tabOverview", customers: "tabCustomers", plans: "tabPlans", alerts: "tabAlerts", insurance: "tabInsurance", forecast: "tabForecast" } as const;

/** `cashPanel`: the Cash plan tab's content (src/taskpane/cash), rendered by the app that holds its state. */
export function ResultsTabs({ analysis, cashPanel }: { analysis: Analysis; cashPanel?: ReactNode }) {
  const { t, language } = useTexts();
  const [tab, setTab] = useState<TabId>("overview");
  const Panel = tab === "cash" ? () => <>{cashPanel}</> : { overview: OverviewTab, customers: CustomersTab, plans: PlansTab, alerts: AlertsTab, insurance: InsuranceTab, forecast: ForecastTab }[tab];
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title" style={{ fontSize: 15, margin: "0 0 4px" }}>{t("resultsLabel")}</h2>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small" style={{ flexWrap: "wrap" }}>
        {TABS.filter((id) => id !== "cash" || cashPanel).map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="results-panel">
            {id === "cash" ? CASH_TEXT[language].cashTab : t(LABEL[id])}
            {id === "alerts" && analysis.alerts.length > 0 ? ` (${analysis.alerts.length})` : ""}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="results-panel" aria-labelledby={`tab-${tab}`} style={{ paddingTop: 8 }}>
        <Panel analysis={analysis} />
      </div>
    </section>
  );
}
