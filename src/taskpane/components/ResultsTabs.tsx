/**
 * The results in tabs: Today (the first screen once analysed, when the desk is built), Overview, Customers,
 * Payment plans, Alerts, Insurance, Forecast, Cash plan, Collections.
 *
 * The tab bar fits any pane width and any number of tabs: tabs that do not fit on one line move into a "More" menu
 * at the end (Fluent's Overflow); the selected tab always stays visible. Tested with ten tabs at 270 px.
 *
 * Layout rules for a new tab (Excel opens the pane 270 px wide on the Mac — design for that first):
 * 1. Add its id to TABS, its label key to LABEL (a short label: one or two words, in src/i18n/<feature>.ts for a
 *    new string) and its component to PANELS. Nothing else here changes.
 * 2. No wide tables. A list is compact rows (usePaneStyles in ./paneStyles: `row`, `top`, `title` with an
 *    ellipsis and the full text in `title=`, `figure`, `sub`): the two or three figures that matter, details on open.
 *    A table that must stay gets two columns at most, or a "wide view" switch whose table scrolls inside a
 *    `data-scroll="x"` region (the only sideways scrolling allowed; test/e2e/width.e2e.ts checks the rest).
 * 3. Fields and selects take the full width (`width: 100%; minWidth: 0`); grids use
 *    `repeat(auto-fill, minmax(min(100%, 150px), 1fr))` so they fall to one column at 270 px.
 * 4. Figures only through useTexts(): money, percent, days, ratio, count (src/i18n/format.ts); charts from
 *    ./charts (BarChart, LineChart) with the table of the same figures below.
 * 5. Fluent components and tokens only (no hand-set colours or pixel font sizes); badges never shrink.
 * 6. Add the tab to test/e2e/width.e2e.ts's TABS (270 and 450 px, EN and ZH) and to the axe checks.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { CASH_TEXT } from "../../i18n/cash";
import { DESK_TEXT } from "../../i18n/desk";
import { type AnalysisBeforeChecks, type KeptLimit } from "../../engine";
import { useTexts } from "../i18n";
import { AlertsTab } from "../tabs/AlertsTab";
import { CustomersTab } from "../tabs/CustomersTab";
import { ForecastTab } from "../tabs/ForecastTab";
import { InsuranceTab } from "../tabs/InsuranceTab";
import { OverviewTab } from "../tabs/OverviewTab";
import { PlansTab } from "../tabs/PlansTab";

export const TABS = [
  "today",
  "overview",
  "customers",
  "plans",
  "alerts",
  "insurance",
  "forecast",
  "cash",
  "collections",
] as const;
export type TabId = (typeof TABS)[number];

const LABEL = {
  overview: "tabOverview",
  customers: "tabCustomers",
  plans: "tabPlans",
  alerts: "tabAlerts",
  insurance: "tabInsurance",
  forecast: "tabForecast",
} as const;
const PANELS = {
  overview: OverviewTab,
  customers: CustomersTab,
  plans: PlansTab,
  alerts: AlertsTab,
  insurance: InsuranceTab,
  forecast: ForecastTab,
};

export interface TabEntry {
  id: string;
  label: string;
}

/** A tab bar that moves the tabs that do not fit into a "More" menu; `selected` always stays on the bar. */
export function OverflowTabBar({
  tabs,
  selected,
  onSelect,
  moreLabel,
  more,
}: {
  tabs: TabEntry[];
  selected: string;
  onSelect: (id: string) => void;
  moreLabel: (count: number) => string;
  more: string;
}) {
  return (
    <Overflow minimumVisible={1} padding={4}>
      {/* The "More" button sits beside the tablist, not in it: a tablist may only hold tabs. */}
      <div style={{ display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" }} data-testid="tab-bar">
        <TabList
          selectedValue={selected}
          onTabSelect={(_, d) => onSelect(String(d.value))}
          size="small"
          style={{ minWidth: 0, flex: "0 1 auto" }}
        >
          {tabs.map((tab) => (
            <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
              <Tab value={tab.id} id={`tab-${tab.id}`} aria-controls="results-panel">
                {tab.label}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreTabs tabs={tabs} onSelect={onSelect} moreLabel={moreLabel} more={more} />
      </div>
    </Overflow>
  );
}

function MoreTabs({
  tabs,
  onSelect,
  moreLabel,
  more,
}: {
  tabs: TabEntry[];
  onSelect: (id: string) => void;
  moreLabel: (count: number) => string;
  more: string;
}) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu hasIcons={false}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          size="small"
          aria-label={moreLabel(overflowCount)}
          data-testid="more-tabs"
          style={{ minWidth: 0, flexShrink: 0 }}
        >
          {more} ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <HiddenTabItem key={tab.id} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenTabItem({ tab, onSelect }: { tab: TabEntry; onSelect: (id: string) => void }) {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.id)}>{tab.label}</MenuItem>;
}

/**
 * `cashPanel`: the Cash plan tab's content; `collections`: the Collections tab's content; `today`: the Today tab's,
 * given a way to open another tab (all hold state and need the gateway, so the app renders them). A tab whose content
 * is not given is not shown; Today, when given, is the tab the results open on.
 */
export function ResultsTabs({
  analysis,
  cashPanel,
  collections,
  today,
  onAcceptLimits,
}: {
  analysis: AnalysisBeforeChecks;
  cashPanel?: ReactNode;
  collections?: ReactNode;
  today?: (open: (id: TabId) => void) => ReactNode;
  onAcceptLimits?: (limits: KeptLimit[]) => void;
}) {
  const { t, p, count, language } = useTexts();
  const [chosen, setTab] = useState<TabId | null>(null);
  const extra: Partial<Record<TabId, ReactNode>> = { cash: cashPanel, collections, today: today?.((id) => setTab(id)) };
  const tab: TabId = chosen ?? (today ? "today" : "overview");
  const label = (id: TabId) =>
    id === "cash"
      ? CASH_TEXT[language].cashTab
      : id === "collections"
        ? DESK_TEXT[language].tabDesk
        : id === "today"
          ? DESK_TEXT[language].tabToday
          : t(LABEL[id]);
  // The Alerts tab counts the customers to act on (one each), not every signal.
  const toAct = analysis.actions?.length ?? analysis.alerts.length;
  const tabs = TABS.filter((id) => !(id in extra) || extra[id]).map((id) => ({
    id,
    label: `${label(id)}${id === "alerts" && toAct > 0 ? ` (${count(toAct)})` : ""}`,
  }));
  const Panel = tab === "cash" || tab === "collections" || tab === "today" ? null : PANELS[tab];
  return (
    <section aria-labelledby="results-title" style={{ minWidth: 0 }}>
      <h2 id="results-title" style={{ margin: "0 0 4px" }}>
        {t("resultsLabel")}
      </h2>
      <OverflowTabBar
        tabs={tabs}
        selected={tab}
        onSelect={(id) => setTab(id as TabId)}
        more={p("moreTabs")}
        moreLabel={(n) => p("moreTabsLabel", { count: n })}
      />
      <div role="tabpanel" id="results-panel" aria-labelledby={`tab-${tab}`} style={{ paddingTop: 8, minWidth: 0 }}>
        {tab === "customers" ? (
          <CustomersTab analysis={analysis} onAcceptLimits={onAcceptLimits} />
        ) : Panel ? (
          <Panel analysis={analysis} />
        ) : (
          extra[tab]
        )}
      </div>
    </section>
  );
}
