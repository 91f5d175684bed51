/**
 * A short script for today's step, in the customer's language (the contacts range; else the pane's): a greeting
 * naming the contact person and the caller, then two or three sentences with the figures — the amount, the date,
 * the promise — and the question that closes the call. Notifying the insurer is not a call: its lines say what the
 * notification must hold. Words as a Chinese finance team says them on the phone (您好, 贵司, 款项).
 */
import type { Contact } from "./contacts";
import { docAmount, docDate, DocLanguage } from "./documents/model";
import type { TodayItem, TodayStep } from "./today";

const TEXT = {
  en: {
    hello: "Hello {person}, this is {caller} from {company}.",
    helloNoPerson: "Hello, this is {caller} from {company}. May I speak to the person who handles payments?",
    courtesyReminder:
      "A quick courtesy call: invoices of {dueSoon} fall due on {dueDate}. Is everything in order for payment on time?",
    friendlyReminder:
      "Our records show {overdue} overdue for {days} days. Could you check it and tell me when it will be paid?",
    firmReminderCall:
      "{overdue} has been overdue for {days} days. I need a payment date today: can you pay it by {deadline}?",
    finalNoticeHold:
      "{overdue} is {days} days overdue. We are sending our final notice and holding further deliveries until it is paid. Can you pay by {deadline}?",
    lawyerLetter:
      "{overdue} is {days} days overdue. Unless it reaches us by {deadline}, we will pass the matter to our lawyers.",
    confirmPromise:
      "You promised to pay {promised} by today. Has the payment been made? Please send me the payment reference.",
    broken: "You promised to pay {promised} by {promiseDate}, and it has not arrived.",
    notifyInsurer:
      "Not a call: notify the credit insurer by {notifyBy} of {overdue} overdue ({days} days), with the invoices and this customer's collection record.",
    close: "Thank you. I will note the date you give me and confirm it by e-mail.",
    you: "the caller",
    us: "our company",
  },
  "zh-CN": {
    hello: "{person}您好，我是{company}的{caller}。",
    helloNoPerson: "您好，我是{company}的{caller}，请问贵司付款由哪位负责？",
    courtesyReminder: "温馨提醒：贵司有{dueSoon}的款项将于{dueDate}到期，请问付款安排是否已经就绪？",
    friendlyReminder: "我们这边显示贵司有{overdue}的款项已逾期 {days} 天，麻烦您核对一下，看看什么时候能安排付款？",
    firmReminderCall: "贵司{overdue}的款项已逾期 {days} 天，今天需要跟您确认付款日期：能否在{deadline}前付清？",
    finalNoticeHold:
      "贵司{overdue}的款项已逾期 {days} 天。我们将发出最后催款通知，并在付清前暂停后续发货。能否在{deadline}前付清？",
    lawyerLetter: "贵司{overdue}的款项已逾期 {days} 天。如{deadline}前仍未收到，我们将委托律师处理。",
    confirmPromise: "贵司承诺今天前支付{promised}，请问款项是否已经付出？麻烦发一下付款凭证。",
    broken: "贵司承诺于{promiseDate}前支付{promised}，但我们至今尚未收到。",
    notifyInsurer:
      "无需致电客户：请于{notifyBy}前向信用保险公司报送逾期{overdue}（逾期 {days} 天），并附发票和该客户的催收记录。",
    close: "谢谢您。我会记下您确认的付款日期，并通过邮件再跟您确认。",
    you: "催收专员",
    us: "我公司",
  },
} as const;

type Key = keyof (typeof TEXT)["en"];

export interface ScriptInput {
  item: TodayItem;
  contact: Contact | null;
  company: { name: string; contact: string; signature?: string };
  currency: string;
  /** The pane's language, used when the contact gives none. */
  paneLanguage: DocLanguage;
  /** The new payment deadline the stage's letter gives (letterSettings.ts). */
  deadline: number;
}

function fill(language: DocLanguage, key: Key, params: Record<string, string | number>): string {
  return (TEXT[language][key] as string).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));
}

/** The script's language: the contact's, else the pane's. */
export function scriptLanguage(contact: Contact | null, paneLanguage: DocLanguage): DocLanguage {
  return contact?.language ?? paneLanguage;
}

export function callScript(s: ScriptInput): { language: DocLanguage; lines: string[] } {
  const L = scriptLanguage(s.contact, s.paneLanguage);
  const i = s.item;
  const amount = (v: number) => docAmount(v, s.currency, L);
  const p: Record<string, string | number> = {
    person: s.contact?.person ?? "",
    caller: (s.company.signature ?? "").trim() || s.company.contact.trim() || TEXT[L].you,
    company: s.company.name.trim() || TEXT[L].us,
    overdue: amount(i.overdue),
    days: i.oldestDaysPastDue,
    dueSoon: amount(i.dueSoon),
    dueDate: i.dueSoonDate === null ? "" : docDate(i.dueSoonDate, L),
    deadline: docDate(s.deadline, L),
    promised: i.promise ? amount(i.promise.amount) : "",
    promiseDate: i.promise ? docDate(i.promise.promisedDate, L) : "",
    notifyBy: i.notifyBy === null ? "" : docDate(i.notifyBy, L),
  };
  const step: TodayStep = i.step;
  if (step === "notifyInsurer") return { language: L, lines: [fill(L, "notifyInsurer", p)] };
  const lines = [fill(L, s.contact?.person ? "hello" : "helloNoPerson", p)];
  if (i.reasons.includes("brokenPromise") && i.promise) lines.push(fill(L, "broken", p));
  lines.push(fill(L, step, p), fill(L, "close", p));
  return { language: L, lines };
}
