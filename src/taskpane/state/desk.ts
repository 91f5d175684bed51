/**
 * The collections desk around an analysis: its settings saved in the workbook (keys arlens.desk.dunning,
 * arlens.desk.policy, arlens.desk.company), the contact log read back from its sheet, and the desk built by the
 * engine. The analysis then carries what the desk changes: the forecast moved by open promises and the broken
 * promises in each customer's reasons. No finance logic here: all of it is in src/engine/collections.
 */
import type { Analysis, LedgerInput } from "../../engine/analysis/types";
import { buildDesk, Desk, withPromiseReasons } from "../../engine/collections/desk";
import { CompanyDetails, EMPTY_COMPANY } from "../../engine/collections/documents/model";
import { STATUTORY_RATES } from "../../engine/core/interest";
import { ContactLog, emptyLog, parseContactLog } from "../../engine/collections/log";
import { DunningSettings, InsurerPolicy, resolveDunning, resolvePolicy } from "../../engine/collections/settings";
import type { WorkbookGateway } from "../../excel/gateway";

export const DESK_KEYS = { dunning: "desk.dunning", policy: "desk.policy", company: "desk.company", interest: "desk.interest" } as const;

/** Late interest in letters: none, or the PRC SME payment regulations' 0.05 % a day where no rate was agreed. */
export type InterestChoice = "none" | "chinaSme";

export interface DeskSettings {
  dunning: DunningSettings;
  policy: InsurerPolicy;
  company: CompanyDetails;
  interest: InterestChoice;
}

export interface DeskState {
  desk: Desk;
  log: ContactLog;
  settings: DeskSettings;
  /** A saved setting that could not be used (edited by hand), with the defaults used instead. */
  settingsProblem: string | null;
}

export const INTEREST_TERMS = {
  chinaSme: {
    annualRate: STATUTORY_RATES.chinaSmePaymentRegulations.annualRate,
    fixedCompensation: 0,
    source: { en: "PRC Regulations on Guaranteeing Payment to SMEs, where no rate was agreed", "zh-CN": "《保障中小企业款项支付条例》，合同未约定利率时按每日万分之五" },
  },
} as const;

export async function loadDeskSettings(gateway: WorkbookGateway): Promise<{ settings: DeskSettings; problem: string | null }> {
  const [dunning, policy, company, interest] = await Promise.all([
    gateway.readSetting<Partial<DunningSettings>>(DESK_KEYS.dunning),
    gateway.readSetting<Partial<InsurerPolicy>>(DESK_KEYS.policy),
    gateway.readSetting<Partial<CompanyDetails>>(DESK_KEYS.company),
    gateway.readSetting<InterestChoice>(DESK_KEYS.interest),
  ]);
  let problem: string | null = null;
  const safe = <T>(make: () => T, fallback: () => T): T => {
    try {
      return make();
    } catch (e) {
      problem = (e as Error).message;
      return fallback();
    }
  };
  return {
    settings: {
      dunning: safe(() => resolveDunning(dunning), () => resolveDunning(null)),
      policy: safe(() => resolvePolicy(policy), () => resolvePolicy(null)),
      company: { ...EMPTY_COMPANY, ...(company && typeof company === "object" ? company : {}) },
      interest: interest === "none" ? "none" : "chinaSme",
    },
    problem,
  };
}

export async function saveDeskSettings(gateway: WorkbookGateway, s: DeskSettings): Promise<void> {
  await gateway.writeSetting(DESK_KEYS.dunning, s.dunning);
  await gateway.writeSetting(DESK_KEYS.policy, s.policy);
  await gateway.writeSetting(DESK_KEYS.company, s.company);
  await gateway.writeSetting(DESK_KEYS.interest, s.interest);
}

const NO_SETTINGS = { readSetting: async () => null } as unknown as WorkbookGateway;

/** Reads the settings and the log, builds the desk, and returns the analysis with the desk's changes applied. */
export async function withDesk(gateway: WorkbookGateway, input: LedgerInput, analysis: Analysis): Promise<{ analysis: Analysis; desk: DeskState }> {
  // The desk must never cost the user the analysis: a settings or log read that fails leaves defaults and an empty
  // log, and says why.
  let settings: DeskSettings;
  let problem: string | null;
  try {
    ({ settings, problem } = await loadDeskSettings(gateway));
  } catch (e) {
    ({ settings } = await loadDeskSettings(NO_SETTINGS));
    problem = (e as Error).message;
  }
  let log = emptyLog();
  try {
    const sheet = await gateway.readLog();
    if (sheet) log = parseContactLog(sheet.values, sheet.sheet, sheet.topLeft, analysis.mapping.dateOrder ?? "auto");
  } catch (e) {
    problem = (e as Error).message;
  }
  const desk = buildDesk(input, analysis, log, { dunning: settings.dunning, policy: settings.policy });
  return {
    analysis: { ...analysis, forecast: desk.forecast, customers: withPromiseReasons(analysis.customers, desk.records), ...(desk.cash ? { cash: desk.cash } : {}) },
    desk: { desk, log, settings, settingsProblem: problem },
  };
}
