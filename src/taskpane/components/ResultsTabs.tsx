/** The results in tabs: Overview, Customers, Payment plans, Alerts, Insurance, Forecast. */
import { Tab, TabList } from "@fluentui/react-components";
import { ReactNode, useState } from "react";
import { DESK_TEXT } from "../../i18n/desk";
import type { Analysis } from "../../engine/analysis/types";
import { useTexts } from "../i18n";
import { AlertsTab } from "../tabs/AlertsTab";
import { CustomersTab } from "../tabs/CustomersTab";
import { ForecastTab } from "../tabs/ForecastTab";
import { InsuranceTab } from "../tabs/InsuranceTab";
import { OverviewTab } from "../tabs/OverviewTab";
import { PlansTab } from "../tabs/PlansTab";

export const TABS = ["overview", "customers", "plans", "alerts", "insurance", "forecast"] as const;
export type TabId = (typeof TABS)[number];

const LABEL = { overview: "tabOverview", customers: "tabCustomers", plans: "tabPlans", alerts: "tabAlerts", insurance: "tabInsurance", forecast: "tabForecast" } as const;

/** `collections`: the Collections tab's panel (the desk needs the gateway, so the app passes it in). */
export function ResultsTabs({ analysis, collections }: { analysis: Analysis; collections?: ReactNode }) {
  const { t, language } = useTexts();
  const [tab, setTab] = useState<TabId | "collections">("overview");
  const Panel = tab === "collections" ? null : { overview: OverviewTab, customers: CustomersTab, plans: PlansTab, alerts: AlertsTab, insurance: InsuranceTab, forecast: ForecastTab }[tab];
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title" style={{ fontSize: 15, margin: "0 0 4px" }}>{t("resultsLabel")}</h2>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId | "collections")} size="small" style={{ flexWrap: "wrap" }}>
        {TABS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="results-panel">
            {t(LABEL[id])}
            {id === "alerts" && analysis.alerts.length > 0 ? ` (${analysis.alerts.length})` : ""}
          </Tab>
        ))}
        {collections && (
          <Tab value="collections" id="tab-collections" aria-controls="results-panel">
            {DESK_TEXT[language].tabDesk}
          </Tab>
        )}
      </TabList>
      <div role="tabpanel" id="results-panel" aria-labelledby={`tab-${tab}`} style={{ paddingTop: 8 }}>
        {Panel ? <Panel analysis={analysis} /> : collections}
      </div>
    </section>
  );
}
