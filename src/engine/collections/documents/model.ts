/**
 * A document's content, independent of Excel: blocks of text, label/value fields, tables and a checklist, in one
 * language. src/excel lays it out on a sheet with page setup; documentText() gives the plain text for the clipboard.
 */
import { isoFromSerial, ymdFromSerial } from "../../core/dates";
import { money } from "../../model/reason";
import { docT, type DocTextKey } from "./text";
import { chineseCurrencyName } from "../../model/currencyNames";

export type DocLanguage = "en" | "zh-CN";
export type DocFormat = "text" | "money" | "date" | "integer";
export type DocCell = string | number | null;

export type DocBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; lines: string[] }
  | { kind: "fields"; rows: { label: string; value: DocCell; format: DocFormat }[] }
  | { kind: "table"; columns: { header: string; format: DocFormat }[]; rows: DocCell[][]; total: DocCell[] | null }
  | { kind: "checklist"; items: { text: string; done: boolean }[] }
  | { kind: "box"; title: string; lines: string[] };

export type DocumentKind = "statement" | "letter" | "claim" | "plan";

/**
 * The company's own details, set once and saved in the workbook (setting `arlens.desk.company`): 公司名称, 地址,
 * 联系人 (with a phone), 开户行, 账号, and who signs. No document is written without the required ones.
 */
export interface CompanyDetails {
  name: string;
  address: string;
  contact: string;
  bank: string;
  /** Account number (账号); optional in the type for workbooks saved before it was asked for. */
  account?: string;
  /** Who signs the letters (经办人); the contact when empty. */
  signature?: string;
}

export const EMPTY_COMPANY: CompanyDetails = {
  name: "",
  address: "",
  contact: "",
  bank: "",
  account: "",
  signature: "",
};

export const REQUIRED_COMPANY_FIELDS = ["name", "address", "contact", "bank", "account"] as const;

/** The required company details still empty (a document is written only when none is). */
export function missingCompanyDetails(company: Partial<CompanyDetails>): (typeof REQUIRED_COMPANY_FIELDS)[number][] {
  return REQUIRED_COMPANY_FIELDS.filter((f) => typeof company[f] !== "string" || company[f]!.trim() === "");
}

export interface DocumentContent {
  kind: DocumentKind;
  language: DocLanguage;
  /** Preferred sheet name (≤ 31 characters, no []:*?/\). */
  sheetName: string;
  title: string;
  /** For the page header. */
  companyName: string;
  blocks: DocBlock[];
}

/** A date in the language: 2025-03-01 or 2025年3月1日. */
export function docDate(serial: number, language: DocLanguage): string {
  if (language === "en") return isoFromSerial(serial);
  const { year, month, day } = ymdFromSerial(serial);
  return `${year}年${month}月${day}日`;
}

/**
 * An amount as a letter in the language writes it: "CNY 44,154.81" in English; in Chinese "人民币44,154.81元",
 * "1,200.00美元", or the code after the amount for a currency without a Chinese name here.
 */
export function docAmount(value: number, currency: string, language: DocLanguage): string {
  const code = currency.trim().toUpperCase();
  if (language === "en") return code ? `${code} ${money(value)}` : money(value);
  if (code === "CNY" || code === "RMB") return `人民币${money(value)}元`;
  const name = chineseCurrencyName(code);
  if (name) return `${money(value)}${name}`;
  return code ? `${money(value)} ${code}` : money(value);
}

/** A sheet name Excel accepts: no []:*?/\ and at most 31 characters. */
export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 31) || "AR Lens"
  );
}

function cellText(v: DocCell, format: DocFormat, language: DocLanguage): string {
  if (v === null || v === "") return "";
  if (typeof v === "string") return v;
  if (format === "money") return money(v);
  if (format === "date") return docDate(v, language);
  return String(v);
}

/** The document as plain text, for an email or a chat message (tables as aligned lines). */
export function documentText(doc: DocumentContent): string {
  const out: string[] = [];
  const sep = doc.language === "zh-CN" ? "：" : ": ";
  for (const b of doc.blocks) {
    switch (b.kind) {
      case "heading":
        out.push(b.text, "");
        break;
      case "paragraph":
        out.push(...b.lines, "");
        break;
      case "fields":
        // A label that already ends in a colon ("Date:", "日期：") takes no second one.
        for (const f of b.rows)
          out.push(`${f.label.replace(/\s*[:：]\s*$/, "")}${sep}${cellText(f.value, f.format, doc.language)}`);
        out.push("");
        break;
      case "table": {
        out.push(b.columns.map((c) => c.header).join(" | "));
        for (const r of b.rows) out.push(r.map((v, i) => cellText(v, b.columns[i].format, doc.language)).join(" | "));
        if (b.total) out.push(b.total.map((v, i) => cellText(v, b.columns[i].format, doc.language)).join(" | "));
        out.push("");
        break;
      }
      case "checklist":
        for (const i of b.items) out.push(`${i.done ? "☑" : "☐"} ${i.text}`);
        out.push("");
        break;
      case "box":
        out.push(b.title, ...b.lines, "");
        break;
    }
  }
  return (
    out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim() + "\n"
  );
}

/** The company block at the top of every document (only the details that were set). */
export function companyBlocks(company: CompanyDetails): DocBlock[] {
  const lines = [company.address, company.contact].filter((l) => l.trim() !== "");
  const blocks: DocBlock[] = [];
  if (company.name.trim()) blocks.push({ kind: "heading", text: company.name.trim() });
  if (lines.length) blocks.push({ kind: "paragraph", lines });
  return blocks;
}

/** Where to pay: the account holder, bank and account number when set, else the bank line as written. */
export function payLines(company: CompanyDetails, language: DocLanguage): string[] {
  const bank = company.bank.trim();
  const account = (company.account ?? "").trim();
  if (bank && account) return [docT(language, "payToAccount", { company: company.name.trim(), bank, account })];
  return bank ? [docT(language, "payTo", { bank })] : [];
}

/** The closing: "Yours sincerely," / 此致 敬礼！, the company and who signs (the contact when no signature is set). */
export function signOff(company: CompanyDetails, language: DocLanguage): string[] {
  const signer = (company.signature ?? "").trim() || company.contact.trim();
  const lines = [...docT(language, "regards").split("\n"), company.name.trim()];
  if (signer) lines.push(docT(language, "signedBy", { signature: signer }));
  return lines.filter((l) => l !== "");
}

/**
 * The reply slip the customer signs and returns: a box to agree, a box to disagree with room for the reason, each
 * with the seal, the person handling it and the date.
 */
export function replySlip(language: DocLanguage, agreeBox: DocTextKey, otherBox: DocTextKey): DocBlock[] {
  const signLines = [docT(language, "seal"), docT(language, "handler"), docT(language, "date")];
  return [
    { kind: "heading", text: docT(language, "replySlip") },
    { kind: "box", title: docT(language, agreeBox), lines: signLines },
    { kind: "box", title: docT(language, otherBox), lines: ["", "", ...signLines] },
  ];
}
