/** The results in tabs: Overview, Customers, Payment plans, Alerts, Insurance, Forecast, Cash plan, Collections. */
import { Tab, TabList } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { CASH_TEXT } from "../../i18n/cash";
import { DESK_TEXT } from "../../i18n/desk";
import type { Analysis } from "../../engine/analysis/types";
import { useTexts } from "../i18n";
import { AlertsTab } from "../tabs/AlertsTab";
import { CustomersTab } from "../tabs/CustomersTab";
import { ForecastTab } from "../tabs/ForecastTab";
import { InsuranceTab } from "../tabs/InsuranceTab";
import { OverviewTab } from "../tabs/OverviewTab";
import { PlansTab } from "../tabs/PlansTab";

export const TABS = ["overview", "customers", "plans", "alerts", "insurance", "forecast", "cash", "collections"] as const;
export type TabId = (typeof TABS)[number];

const LABEL = { overview: "tabOverview", customers: "tabCustomers", plans: "tabPlans", alerts: "tabAlerts", insurance: "tabInsurance", forecast: "tabForecast" } as const;
const PANELS = { overview: OverviewTab, customers: CustomersTab, plans: PlansTab, alerts: AlertsTab, insurance: InsuranceTab, forecast: ForecastTab };

/**
 * `cashPanel`: the Cash plan tab's content; `collections`: the Collections tab's content (both hold state and need the
 * gateway, so the app renders them). A tab whose content is not given is not shown.
 */
export function ResultsTabs({ analysis, cashPanel, collections }: { analysis: Analysis; cashPanel?: ReactNode; collections?: ReactNode }) {
  const { t, language } = useTexts();
  const [tab, setTab] = useState<TabId>("overview");
  const extra: Partial<Record<TabId, ReactNode>> = { cash: cashPanel, collections };
  const shown = TABS.filter((id) => !(id in extra) || extra[id]);
  const label = (id: TabId) => (id === "cash" ? CASH_TEXT[language].cashTab : id === "collections" ? DESK_TEXT[language].tabDesk : t(LABEL[id]));
  const Panel = tab === "cash" || tab === "collections" ? null : PANELS[tab];
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title" style={{ fontSize: 15, margin: "0 0 4px" }}>{t("resultsLabel")}</h2>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small" style={{ flexWrap: "wrap" }}>
        {shown.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="results-panel">
            {label(id)}
            {id === "alerts" && analysis.alerts.length > 0 ? ` (${analysis.alerts.length})` : ""}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="results-panel" aria-labelledby={`tab-${tab}`} style={{ paddingTop: 8 }}>
        {Panel ? <Panel analysis={analysis} /> : extra[tab]}
      </div>
    </section>
  );
}
