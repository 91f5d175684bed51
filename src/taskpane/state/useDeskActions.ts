/**
 * The Collections tab's actions: log a contact (a row on the log sheet), write a statement, a letter or a claim file
 * to a new sheet, copy a letter's text, save the desk settings in the workbook. Documents are built by the engine
 * (src/engine/collections/documents) and laid out by src/excel; this hook only connects them.
 */
import { useCallback, useState } from "react";
import {
  type Analysis,
  buildClaimFile,
  buildLetter,
  buildStatement,
  DocumentContent,
  documentText,
  interestTerms,
  LetterStage,
  type NewLogRow,
  type StageId,
} from "../../engine";
import type { WorkbookGateway } from "../../excel/gateway";
import type { Language } from "../../i18n/translate";
import { DeskSettings, DeskState, saveDeskSettings } from "./desk";

export type DeskNotice =
  | { kind: "logged"; sheet: string }
  | { kind: "written"; sheet: string }
  | { kind: "copied" }
  | { kind: "copyFailed"; text: string }
  | { kind: "saved" }
  | { kind: "error"; message: string }
  | null;

/** The letter for a dunning stage: reminder up to friendly, demand at firm, final notice from final on. */
export function letterStageOf(stage: StageId): LetterStage {
  return stage === "firm" ? "firm" : stage === "final" || stage === "escalate" ? "final" : "friendly";
}

export function useDeskActions(gateway: WorkbookGateway, language: Language, analysis: Analysis, desk: DeskState) {
  const [notice, setNotice] = useState<DeskNotice>(null);
  const [busy, setBusy] = useState(false);
  const currency = analysis.settings.currency;
  const asOf = analysis.settings.asOf;
  const invoicesOf = useCallback((customer: string) => desk.desk.invoices.filter((i) => i.customer === customer), [desk]);

  const letter = useCallback(
    (customer: string, stage: LetterStage): DocumentContent => {
      return buildLetter({
        stage,
        customer,
        invoices: invoicesOf(customer),
        asOf,
        currency,
        company: desk.settings.company,
        language,
        interest: interestTerms(desk.settings.interest, language),
        deadlineDays: desk.settings.deadlines.letterDays[stage],
      });
    },
    [asOf, currency, desk, invoicesOf, language],
  );

  const run = useCallback(async (work: () => Promise<DeskNotice>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (e) {
      setNotice({ kind: "error", message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }, []);

  const logContact = useCallback((row: NewLogRow) => run(async () => ({ kind: "logged", sheet: (await gateway.appendLogRow(row, language)).sheetName })), [gateway, language, run]);

  const writeStatement = useCallback(
    (customer: string) =>
      run(async () => {
        const doc = buildStatement({ customer, invoices: invoicesOf(customer), asOf, currency, company: desk.settings.company, language, agingEdges: analysis.settings.agingBasis === "due" ? analysis.settings.agingEdges : undefined });
        return { kind: "written", sheet: (await gateway.writeDocument(doc)).sheetName };
      }),
    [analysis, asOf, currency, desk, gateway, invoicesOf, language, run],
  );

  const writeLetter = useCallback((customer: string, stage: LetterStage) => run(async () => ({ kind: "written", sheet: (await gateway.writeDocument(letter(customer, stage))).sheetName })), [gateway, letter, run]);

  const writeClaim = useCallback(
    (customer: string) =>
      run(async () => {
        const cover = desk.desk.covers.find((c) => c.customer === customer);
        if (!cover) throw new Error(customer);
        const doc = buildClaimFile({ cover, entries: desk.log.entries, policy: desk.settings.policy, asOf, currency, company: desk.settings.company, language });
        return { kind: "written", sheet: (await gateway.writeDocument(doc)).sheetName };
      }),
    [asOf, currency, desk, gateway, language, run],
  );

  const copyLetter = useCallback(
    (customer: string, stage: LetterStage) =>
      run(async () => {
        const text = documentText(letter(customer, stage));
        try {
          await navigator.clipboard.writeText(text);
          return { kind: "copied" };
        } catch {
          return { kind: "copyFailed", text };
        }
      }),
    [letter, run],
  );

  const saveSettings = useCallback((s: DeskSettings) => run(async () => (await saveDeskSettings(gateway, s), { kind: "saved" })), [gateway, run]);

  return { notice, busy, logContact, writeStatement, writeLetter, writeClaim, copyLetter, saveSettings, clearNotice: () => setNotice(null) };
}
