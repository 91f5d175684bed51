/**
 * The collections desk around an analysis: its settings saved in the workbook (keys arlens.desk.dunning,
 * arlens.desk.policy, arlens.desk.company), the contact log read back from its sheet, and the desk built by the
 * engine. The analysis then carries what the desk changes: the forecast moved by open promises and the broken
 * promises in each customer's reasons. No finance logic here: all of it is in src/engine/collections.
 */
import {
  type AnalysisBeforeChecks,
  type AnalysisSettings,
  type KeptLimit,
  type LedgerInput,
  buildDesk,
  Desk,
  withPromiseReasons,
  CompanyDetails,
  EMPTY_COMPANY,
  BuyerLimits,
  parseBuyerLimits,
  Contacts,
  emptyContacts,
  parseContacts,
  buildToday,
  Today,
  DeskDeadlines,
  InterestSetting,
  resolveDeadlines,
  resolveInterest,
  ContactLog,
  emptyLog,
  parseContactLog,
  DunningSettings,
  InsurerPolicy,
  resolveDunning,
  resolvePolicy,
} from "../../engine";
import type { SetAside } from "../../i18n/savedSettings";
import { settingKey } from "../../excel/workbookSettings";
import type { WorkbookGateway } from "../../excel/gateway";
import { keptGroups, keptInvoices } from "../analysis/ledgerInvoices";

export const DESK_KEYS = {
  dunning: "desk.dunning",
  policy: "desk.policy",
  company: "desk.company",
  interest: "desk.interest",
  deadlines: "desk.deadlines",
  limitsRange: "desk.limitsRange",
  contactsRange: "desk.contactsRange",
} as const;

export interface DeskSettings {
  dunning: DunningSettings;
  policy: InsurerPolicy;
  company: CompanyDetails;
  /** Late interest in letters: none, a statutory preset with the user's reference rate, or a custom rate. */
  interest: InterestSetting;
  /** Letters' new deadlines and the insurer-deadline window of the filter and alerts. */
  deadlines: DeskDeadlines;
  /** Address of a range of buyer limits (customer, insured limit), e.g. "Limits!A1:B40"; "" = the ledger's column. */
  limitsRange: string;
  /** Address of a range of contacts (customer, person, phone, e-mail, language), e.g. "Contacts!A1:E40"; "" = none. */
  contactsRange: string;
}

export interface DeskState {
  desk: Desk;
  log: ContactLog;
  settings: DeskSettings;
  /** A saved setting that could not be used (edited by hand), with the defaults used instead. */
  settingsProblem: string | null;
  /** Today's customers to contact (engine/collections/today.ts). */
  today: Today;
  contacts: Contacts;
  /** What the desk was built from, so a new log row or new settings rebuild it without a new analysis. */
  base: AnalysisBeforeChecks;
  input: LedgerInput;
  buyerLimits: BuyerLimits | null;
  /** Saved values that are not even of the right kind (company details, ranges), left out; each can be reset. */
  setAside?: SetAside[];
}

/** Company details as stored: the text fields kept, anything else (a number, null…) named to be set aside. */
function readCompany(stored: unknown): { company: CompanyDetails; bad: string[] } {
  const company = { ...EMPTY_COMPANY };
  const bad: string[] = [];
  if (stored && typeof stored === "object" && !Array.isArray(stored)) {
    for (const [k, v] of Object.entries(stored)) {
      if (!(k in company)) continue;
      if (typeof v === "string") company[k as keyof CompanyDetails] = v;
      else bad.push(k);
    }
  }
  return { company, bad };
}

export async function loadDeskSettings(
  gateway: WorkbookGateway,
): Promise<{ settings: DeskSettings; problem: string | null; setAside: SetAside[] }> {
  const [dunning, policy, company, interest, deadlines, limitsRange, contactsRange] = await Promise.all([
    gateway.readSetting<Partial<DunningSettings>>(DESK_KEYS.dunning),
    gateway.readSetting<Partial<InsurerPolicy>>(DESK_KEYS.policy),
    gateway.readSetting<Partial<CompanyDetails>>(DESK_KEYS.company),
    gateway.readSetting<Partial<InterestSetting> | string>(DESK_KEYS.interest),
    gateway.readSetting<Partial<DeskDeadlines>>(DESK_KEYS.deadlines),
    gateway.readSetting<string>(DESK_KEYS.limitsRange),
    gateway.readSetting<string>(DESK_KEYS.contactsRange),
  ]);
  let problem: string | null = null;
  const companyRead = readCompany(company);
  const setAside: SetAside[] = [];
  const isObject = company === null || (typeof company === "object" && !Array.isArray(company));
  if (!isObject || companyRead.bad.length > 0)
    setAside.push({ key: settingKey(DESK_KEYS.company), ...(isObject ? { fields: companyRead.bad } : {}) });
  if (limitsRange !== null && typeof limitsRange !== "string")
    setAside.push({ key: settingKey(DESK_KEYS.limitsRange) });
  if (contactsRange !== null && typeof contactsRange !== "string") {
    setAside.push({ key: settingKey(DESK_KEYS.contactsRange) });
  }
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
      dunning: safe(
        () => resolveDunning(dunning),
        () => resolveDunning(null),
      ),
      policy: safe(
        () => resolvePolicy(policy),
        () => resolvePolicy(null),
      ),
      company: companyRead.company,
      interest: safe(
        () => resolveInterest(interest),
        () => resolveInterest(null),
      ),
      deadlines: safe(
        () => resolveDeadlines(deadlines),
        () => resolveDeadlines(null),
      ),
      limitsRange: typeof limitsRange === "string" ? limitsRange.trim() : "",
      contactsRange: typeof contactsRange === "string" ? contactsRange.trim() : "",
    },
    problem,
    setAside,
  };
}

export async function saveDeskSettings(gateway: WorkbookGateway, s: DeskSettings): Promise<void> {
  await gateway.writeSetting(DESK_KEYS.dunning, s.dunning);
  await gateway.writeSetting(DESK_KEYS.policy, s.policy);
  await gateway.writeSetting(DESK_KEYS.company, s.company);
  await gateway.writeSetting(DESK_KEYS.interest, s.interest);
  await gateway.writeSetting(DESK_KEYS.deadlines, s.deadlines);
  await gateway.writeSetting(DESK_KEYS.limitsRange, s.limitsRange.trim());
  await gateway.writeSetting(DESK_KEYS.contactsRange, s.contactsRange.trim());
}

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const NO_SETTINGS = { readSetting: async () => null } as unknown as WorkbookGateway;

/** Reads the settings and the log, builds the desk, and returns the analysis with the desk's changes applied. */
export async function withDesk(
  gateway: WorkbookGateway,
  input: LedgerInput,
  analysis: AnalysisBeforeChecks,
): Promise<{ analysis: AnalysisBeforeChecks; desk: DeskState }> {
  // The desk must never cost the user the analysis: a settings or log read that fails leaves defaults and an empty
  // log, and says why.
  let settings: DeskSettings;
  let problem: string | null;
  let setAside: SetAside[] = [];
  try {
    ({ settings, problem, setAside } = await loadDeskSettings(gateway));
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
  const ranges = await readRanges(gateway, settings);
  const { buyerLimits, contacts } = ranges;
  problem = ranges.problem ?? problem;
  const src = { base: analysis, input, settings, settingsProblem: problem, buyerLimits, contacts, setAside };
  await turn();
  return deskInTurns(src, log);
}

type DeskSources = Pick<
  DeskState,
  "base" | "input" | "settings" | "settingsProblem" | "buyerLimits" | "contacts" | "setAside"
>;

/**
 * The desk, Today and the analysis it changes, from its sources and a contact log (no workbook access): the desk and
 * Today as tasks of their own, the page getting a turn between them (a large ledger's desk is long).
 */
async function deskInTurns(
  src: DeskSources,
  log: ContactLog,
): Promise<{ analysis: AnalysisBeforeChecks; desk: DeskState }> {
  const desk = deskOf(src, log);
  await turn();
  return withToday(src, desk);
}

/** The engine's desk from its sources (the ledger's invoices as the analysis read them, when kept). */
function deskOf(src: DeskSources, log: ContactLog): Desk {
  const { base, input, settings } = src;
  const invoices = keptInvoices(base);
  const groups = keptGroups(base);
  return buildDesk(input, base, log, {
    dunning: settings.dunning,
    policy: settings.policy,
    alertDays: settings.deadlines.alertDays,
    buyerLimits: src.buyerLimits,
    ...(invoices ? { invoices } : {}),
    ...(invoices && groups ? { groups } : {}),
  });
}

/** Today from the desk, and the analysis with the desk's changes applied. */
function withToday(src: DeskSources, desk: Desk): { analysis: AnalysisBeforeChecks; desk: DeskState } {
  const { base, settings } = src;
  const today = buildToday(desk, {
    dunning: settings.dunning,
    policy: settings.policy,
    alertDays: settings.deadlines.alertDays,
  });
  return {
    analysis: {
      ...base,
      forecast: desk.forecast,
      customers: withPromiseReasons(base.customers, desk.records),
      ...(desk.cash ? { cash: desk.cash } : {}),
    },
    desk: { ...src, desk, log: desk.log, today },
  };
}

/** After a row was added to the log: the log read back from its sheet and the desk rebuilt — no new analysis. */
export async function refreshDesk(
  gateway: WorkbookGateway,
  state: DeskState,
): Promise<{ analysis: AnalysisBeforeChecks; desk: DeskState }> {
  const sheet = await gateway.readLog();
  const log = sheet
    ? parseContactLog(sheet.values, sheet.sheet, sheet.topLeft, state.base.mapping.dateOrder ?? "auto")
    : emptyLog();
  return deskInTurns(state, log);
}

/** The buyer-limits and contacts ranges, read through the gateway like the ledger; one that cannot be read says why. */
async function readRanges(
  gateway: WorkbookGateway,
  settings: DeskSettings,
): Promise<{ buyerLimits: BuyerLimits | null; contacts: Contacts; problem: string | null }> {
  let buyerLimits: BuyerLimits | null = null;
  let contacts = emptyContacts();
  let problem: string | null = null;
  try {
    if (settings.limitsRange) {
      const range = await gateway.readRange(settings.limitsRange);
      buyerLimits = parseBuyerLimits(range.values, range.sheet, range.topLeft);
    }
    if (settings.contactsRange) {
      const range = await gateway.readRange(settings.contactsRange);
      contacts = parseContacts(range.values, range.sheet, range.topLeft);
    }
  } catch (e) {
    problem = (e as Error).message;
  }
  return { buyerLimits, contacts, problem };
}

/**
 * The analysis's settings with the insurer's buyer limits from the desk's limits range added to the limits the user
 * keeps (source "insurer": below a limit typed in the ledger and a proposal accepted in the pane, and, for the
 * customers it names, in place of the ledger's insured-limit column — keptLimits.ts, docs/GRADE-MODEL.md "Credit
 * limit"), so that "over limit" is measured against them. Read before the analysis; a setting or range that cannot be
 * read leaves the settings as they are — the desk, reading the range again, says why.
 */
export async function withLimitsRange(gateway: WorkbookGateway, settings: AnalysisSettings): Promise<AnalysisSettings> {
  let fromRange: KeptLimit[] = [];
  try {
    const address = await gateway.readSetting<string>(DESK_KEYS.limitsRange);
    if (typeof address !== "string" || address.trim() === "") return settings;
    const range = await gateway.readRange(address.trim());
    const { limits } = parseBuyerLimits(range.values, range.sheet, range.topLeft);
    // The range's keys are customerKeys, which the analysis matches its customers by.
    fromRange = [...limits].map(([customer, amount]) => ({ customer, amount, source: "insurer" as const }));
  } catch {
    return settings;
  }
  if (fromRange.length === 0) return settings;
  return { ...settings, keptLimits: [...fromRange, ...(settings.keptLimits ?? [])] };
}

/** New settings saved: applied at once — the ranges read again, the desk rebuilt over the same log. */
export async function withSettings(
  gateway: WorkbookGateway,
  state: DeskState,
  settings: DeskSettings,
): Promise<{ analysis: AnalysisBeforeChecks; desk: DeskState }> {
  const { buyerLimits, contacts, problem } = await readRanges(gateway, settings);
  return deskInTurns({ ...state, settings, settingsProblem: problem, buyerLimits, contacts }, state.log);
}
