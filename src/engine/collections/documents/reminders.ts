/**
 * The earlier reminders a letter may name, from the contact log: every contact with the customer (call, e-mail,
 * letter, visit, WeChat — not "other", which is how AR Lens logs an insurer's notification) dated after the oldest
 * open overdue invoice fell due and up to the letter's date. A letter names them with their dates; without any it
 * is the first written notice and claims nothing earlier.
 */
import { customerKey } from "../../ledger/customerKey";
import type { Invoice } from "../../analysis/types";
import { toCents } from "../../model/money";
import { CHANNEL_WORDS, Channel, LogEntry } from "../log";
import { docDate, DocLanguage } from "./model";

export interface EarlierReminder {
  date: number;
  channel: Exclude<Channel, "other">;
}

export function earlierReminders(
  entries: readonly LogEntry[],
  customer: string,
  invoices: readonly Invoice[],
  asOf: number,
): EarlierReminder[] {
  const k = customerKey(customer);
  const overdue = invoices.filter(
    (i) => customerKey(i.customer) === k && !i.disputed && toCents(i.openAmount) > 0 && i.dueDate < asOf,
  );
  if (overdue.length === 0) return [];
  const since = Math.min(...overdue.map((i) => i.dueDate));
  return entries
    .filter((e) => customerKey(e.customer) === k && e.channel !== "other" && e.date > since && e.date <= asOf)
    .sort((a, b) => a.date - b.date || a.row - b.row)
    .map((e) => ({ date: e.date, channel: e.channel as Exclude<Channel, "other"> }));
}

/** "2025-02-10 (call) and 2025-02-20 (letter)" / "2025年2月10日（电话）、2025年2月20日（函件）". */
export function remindersText(reminders: readonly EarlierReminder[], language: DocLanguage): string {
  const zh = language === "zh-CN";
  const parts = reminders.map((r) =>
    zh
      ? `${docDate(r.date, language)}（${CHANNEL_WORDS[r.channel].zh}）`
      : `${docDate(r.date, language)} (${CHANNEL_WORDS[r.channel].en.toLowerCase()})`,
  );
  if (zh) return parts.join("、");
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
