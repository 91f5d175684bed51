/**
 * A small form to log a contact (and a promise to pay) for one customer: a new row on the contact-log sheet. Once
 * written the form clears (the same entry again would be refused); the confirmation shows right below it.
 */
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { parseMoney, isoFromSerial, parseDate, Channel, CHANNELS, NewLogRow, STAGES, StageId } from "../../../engine";
import type { DeskNotice } from "../../state/useDeskActions";
import { DeskNoticeBar } from "./DeskNoticeBar";
import { useDeskTexts } from "./deskTexts";

interface LogFormProps {
  customer: string;
  stage: StageId;
  asOf: number;
  busy: boolean;
  /** Resolves true when the row was written. */
  onSave: (row: NewLogRow) => Promise<boolean>;
  /** This customer's last confirmation or error, shown below the button. */
  notice?: DeskNotice | null;
}

const full = { width: "100%", minWidth: 0 } as const;
const twoColumns = { display: "grid", gridTemplateColumns: "1fr 1fr", gap: 4 } as const;

/** The entry as typed, field by field, and `clear` to start a new one. */
function useLogDraft(stage: StageId, asOf: number) {
  const [date, setDate] = useState(isoFromSerial(asOf));
  const [channel, setChannel] = useState<Channel>("call");
  const [stageId, setStage] = useState<StageId>(stage);
  const [outcome, setOutcome] = useState("");
  const [invoice, setInvoice] = useState("");
  const [promisedDate, setPromisedDate] = useState("");
  const [promisedAmount, setPromisedAmount] = useState("");
  const [note, setNote] = useState("");
  const clear = () => {
    setDate(isoFromSerial(asOf));
    setChannel("call");
    setStage(stage);
    for (const set of [setOutcome, setInvoice, setPromisedDate, setPromisedAmount, setNote]) set("");
  };
  const values = { date, channel, stageId, outcome, invoice, promisedDate, promisedAmount, note };
  const setters = {
    setDate,
    setChannel,
    setStage,
    setOutcome,
    setInvoice,
    setPromisedDate,
    setPromisedAmount,
    setNote,
  };
  return { ...values, ...setters, clear };
}
type LogDraft = ReturnType<typeof useLogDraft>;

/** The typed dates and amount read by the engine: the contact's date, the promise's date and amount (null: none). */
function readDraft(draft: LogDraft) {
  const contactDate = parseDate(draft.date);
  const pd = draft.promisedDate.trim() ? parseDate(draft.promisedDate.trim()) : null;
  const pa = draft.promisedAmount.trim() ? parseMoney(draft.promisedAmount.trim()) : null;
  return { contactDate, pd, pa };
}

/** The log row to write, or null while a date or the amount cannot be read. */
function rowOf(draft: LogDraft, customer: string): NewLogRow | null {
  const { contactDate, pd, pa } = readDraft(draft);
  if (!contactDate.ok || (pd && !pd.ok) || (pa && !pa.ok)) return null;
  return {
    date: contactDate.value,
    customer,
    invoice: draft.invoice.trim(),
    channel: draft.channel,
    stage: draft.stageId,
    outcome: draft.outcome.trim(),
    promisedDate: pd && pd.ok ? pd.value : null,
    promisedAmount: pa && pa.ok ? pa.value : null,
    note: draft.note.trim(),
  };
}

export function LogForm({ customer, stage, asOf, busy, onSave, notice = null }: LogFormProps) {
  const { d } = useDeskTexts();
  const draft = useLogDraft(stage, asOf);
  const { contactDate, pd, pa } = readDraft(draft);
  const dateError = !contactDate.ok || (pd && !pd.ok) ? d("logBadDate") : undefined;
  const amountError = pa && !pa.ok ? d("logBadAmount") : undefined;
  const id = (s: string) => `log-${s}-${customer.replace(/\W/g, "_")}`;
  const save = async () => {
    const row = rowOf(draft, customer);
    if (!row) return;
    const written = await onSave(row);
    if (written) draft.clear();
  };
  return (
    <form
      aria-label={d("logContact")}
      onSubmit={(e) => (e.preventDefault(), void save())}
      style={{ display: "grid", gap: 4, marginTop: 6 }}
      data-testid="log-form"
    >
      <strong>{d("logContact")}</strong>
      <Field label={d("logDate")} validationMessage={!contactDate.ok ? d("logBadDate") : undefined}>
        <Input id={id("date")} value={draft.date} onChange={(_, v) => draft.setDate(v.value)} style={full} />
      </Field>
      <ChannelAndStage draft={draft} />
      <Field label={d("logOutcome")}>
        <Input value={draft.outcome} onChange={(_, v) => draft.setOutcome(v.value)} style={full} />
      </Field>
      <Field label={d("logInvoice")}>
        <Input value={draft.invoice} onChange={(_, v) => draft.setInvoice(v.value)} style={full} />
      </Field>
      <PromiseFields draft={draft} dateError={pd && !pd.ok ? dateError : undefined} amountError={amountError} />
      <Field label={d("logNote")}>
        <Input value={draft.note} onChange={(_, v) => draft.setNote(v.value)} style={full} />
      </Field>
      <Button type="submit" appearance="primary" disabled={busy || !!dateError || !!amountError}>
        {d("logSave")}
      </Button>
      <DeskNoticeBar notice={notice} />
    </form>
  );
}

/** How the customer was reached and the dunning stage logged, side by side. */
function ChannelAndStage({ draft }: { draft: LogDraft }) {
  const { d } = useDeskTexts();
  return (
    <div style={twoColumns}>
      <Field label={d("logChannel")}>
        <Select value={draft.channel} onChange={(_, v) => draft.setChannel(v.value as Channel)} style={full}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {d(`channel_${c}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={d("logStage")}>
        <Select value={draft.stageId} onChange={(_, v) => draft.setStage(v.value as StageId)} style={full}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {d(`stage_${s}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

/** A promise to pay: the date and the amount promised, side by side, each with why it cannot be read. */
function PromiseFields({
  draft,
  dateError,
  amountError,
}: {
  draft: LogDraft;
  dateError?: string;
  amountError?: string;
}) {
  const { d } = useDeskTexts();
  return (
    <div style={twoColumns}>
      <Field label={d("logPromisedDate")} validationMessage={dateError}>
        <Input
          value={draft.promisedDate}
          onChange={(_, v) => draft.setPromisedDate(v.value)}
          style={full}
          placeholder="2025-03-31"
        />
      </Field>
      <Field label={d("logPromisedAmount")} validationMessage={amountError}>
        <Input
          value={draft.promisedAmount}
          onChange={(_, v) => draft.setPromisedAmount(v.value)}
          style={full}
          inputMode="decimal"
        />
      </Field>
    </div>
  );
}
