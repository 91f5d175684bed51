/**
 * A range of contacts (customer, person, phone, e-mail, language) — who to call at each customer and in which
 * language to write — read like the buyer limits (buyerLimits.ts): headers in English or Chinese (or none: then the
 * columns in that order), every row a contact, blank, or an issue with its cell address. Decisions: a customer
 * listed twice keeps its first row, with a warning naming both cells; an e-mail without "@" or a language that is
 * neither English nor Chinese is left out with a warning (the rest of the row is kept).
 */
import { cellText } from "../core/cells";
import { reason } from "../analysis/reasons";
import type { RowIssue } from "../analysis/types";
import { addressMaker } from "../ledger/addresses";
import { normalizeHeader } from "../ledger/columns";
import { customerKey } from "../ledger/customerKey";
import type { DocLanguage } from "./documents/model";

export interface Contact {
  customer: string;
  person: string;
  phone: string;
  email: string;
  /** The customer's language for letters and the call script; null: not given (the pane's language is used). */
  language: DocLanguage | null;
  /** The customer cell's address. */
  address: string;
}

export interface Contacts {
  /** By customerKey. */
  contacts: Map<string, Contact>;
  issues: RowIssue[];
}

type Field = "customer" | "person" | "phone" | "email" | "language";
const FIELDS: readonly Field[] = ["customer", "person", "phone", "email", "language"];
const HEADERS: Record<Field, string[]> = {
  customer: ["customer", "customername", "client", "buyer", "debtor", "客户", "客户名称", "买方"],
  person: ["person", "contact", "contactperson", "contactname", "name", "联系人", "联系人姓名", "对接人"],
  phone: ["phone", "telephone", "tel", "mobile", "phonenumber", "电话", "联系电话", "手机", "手机号"],
  email: ["email", "e-mail", "mail", "emailaddress", "邮箱", "电子邮件", "电子邮箱", "邮件"],
  language: ["language", "lang", "语言", "沟通语言"],
};

export function emptyContacts(): Contacts {
  return { contacts: new Map(), issues: [] };
}

/** "中文", "Chinese", "zh-CN" → zh-CN; "English", "英文", "en" → en; blank → null; anything else → undefined. */
export function contactLanguage(value: unknown): DocLanguage | null | undefined {
  const k = normalizeHeader(value).replace(/-/g, "");
  if (k === "") return null;
  if (["zh", "zhcn", "cn", "chinese", "中文", "简体中文", "汉语", "普通话"].includes(k)) return "zh-CN";
  if (["en", "engb", "enus", "english", "英文", "英语"].includes(k)) return "en";
  return undefined;
}

function mapColumns(header: readonly unknown[]): Record<Field, number> | null {
  const names = header.map((h) => normalizeHeader(h).replace(/-/g, ""));
  const columns = {} as Record<Field, number>;
  for (const f of FIELDS) columns[f] = names.findIndex((n) => HEADERS[f].some((h) => h.replace(/-/g, "") === n));
  return columns.customer >= 0 && (columns.person >= 0 || columns.phone >= 0 || columns.email >= 0) ? columns : null;
}

type IssueAt = (
  r: number,
  c: number,
  severity: RowIssue["severity"],
  code: string,
  params: Record<string, string>,
  text: string,
) => void;

export function parseContacts(values: unknown[][], sheet: string, topLeft = "A1"): Contacts {
  const at = addressMaker(sheet, topLeft);
  const out = emptyContacts();
  const mapped = mapColumns(values[0] ?? []);
  const columns = mapped ?? { customer: 0, person: 1, phone: 2, email: 3, language: 4 };
  const issue: IssueAt = (r, c, severity, code, params, text) =>
    out.issues.push({
      row: r,
      address: at(r, Math.max(0, c)),
      field: "customer",
      severity,
      reason: reason(code, params, text),
    });
  for (let r = mapped ? 1 : 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const get = (f: Field) => (columns[f] < 0 ? "" : cellText(row[columns[f]]).trim());
    if (FIELDS.every((f) => get(f) === "")) continue;
    const contact = readContact(get, r, columns, out, issue);
    if (contact)
      out.contacts.set(customerKey(contact.customer), { ...contact, address: at(r, Math.max(0, columns.customer)) });
  }
  return out;
}

/** One row's contact (without its address), or null when the row has no customer or repeats one already listed. */
function readContact(
  get: (f: Field) => string,
  r: number,
  columns: Record<Field, number>,
  out: Contacts,
  issue: IssueAt,
): Omit<Contact, "address"> | null {
  const customer = get("customer");
  if (customer === "") {
    issue(
      r,
      columns.customer,
      "excluded",
      "contacts.noCustomer",
      {},
      "a contact without a customer: the row is not used",
    );
    return null;
  }
  const first = out.contacts.get(customerKey(customer));
  if (first) {
    issue(
      r,
      columns.customer,
      "warning",
      "contacts.duplicate",
      { customer, first: first.address },
      `${customer} is listed twice (also ${first.address}): the first row is used`,
    );
    return null;
  }
  let email = get("email");
  if (email !== "" && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    issue(
      r,
      columns.email,
      "warning",
      "contacts.badEmail",
      { customer, value: email },
      `e-mail of ${customer}: "${email}" is not an e-mail address; left out`,
    );
    email = "";
  }
  let language = contactLanguage(get("language"));
  if (language === undefined) {
    issue(
      r,
      columns.language,
      "warning",
      "contacts.badLanguage",
      { customer, value: get("language") },
      `language of ${customer}: "${get("language")}" is neither English nor Chinese; the pane's language is used`,
    );
    language = null;
  }
  return { customer, person: get("person"), phone: get("phone"), email, language };
}

/** The contact for a customer (by customerKey), or null. */
export function contactOf(contacts: Contacts | null, customer: string): Contact | null {
  return contacts?.contacts.get(customerKey(customer)) ?? null;
}
