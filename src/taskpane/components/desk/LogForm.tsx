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

export function LogForm({ customer, stage, asOf, busy, onSave, notice = null }: LogFormProps) {
  const { d } = useDeskTexts();
  const [date, setDate] = useState(isoFromSerial(asOf));
  const [channel, setChannel] = useState<Channel>("call");
  const [stageId, setStage] = useState<StageId>(stage);
  const [outcome, setOutcome] = useState("");
  const [invoice, setInvoice] = useState("");
  const [promisedDate, setPromisedDate] = useState("");
  const [promisedAmount, setPromisedAmount] = useState("");
  const [note, setNote] = useState("");
  const contactDate = parseDate(date);
  const pd = promisedDate.trim() ? parseDate(promisedDate.trim()) : null;
  const pa = promisedAmount.trim() ? parseMoney(promisedAmount.trim()) : null;
  const dateError = !contactDate.ok || (pd && !pd.ok) ? d("logBadDate") : undefined;
  const amountError = pa && !pa.ok ? d("logBadAmount") : undefined;
  const id = (s: string) => `log-${s}-${customer.replace(/\W/g, "_")}`;
  const clear = () => {
    setDate(isoFromSerial(asOf));
    setChannel("call");
    setStage(stage);
    for (const set of [setOutcome, setInvoice, setPromisedDate, setPromisedAmount, setNote]) set("");
  };
  const save = async () => {
    if (!contactDate.ok || (pd && !pd.ok) || (pa && !pa.ok)) return;
    const written = await onSave({
      date: contactDate.value,
      customer,
      invoice: invoice.trim(),
      channel,
      stage: stageId,
      outcome: outcome.trim(),
      promisedDate: pd && pd.ok ? pd.value : null,
      promisedAmount: pa && pa.ok ? pa.value : null,
      note: note.trim(),
    });
    if (written) clear();
  };
  const full = { width: "100%", minWidth: 0 } as const;
  return (
    <form
      aria-label={d("logContact")}
      onSubmit={(e) => (e.preventDefault(), void save())}
      style={{ display: "grid", gap: 4, marginTop: 6 }}
      data-testid="log-form"
    >
      <strong>{d("logContact")}</strong>
      <Field label={d("logDate")} validationMessage={!contactDate.ok ? d("logBadDate") : undefined}>
        <Input id={id("date")} value={date} onChange={(_, v) => setDate(v.value)} style={full} />
      </Field>
      <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 4 }}>
        <Field label={d("logChannel")}>
          <Select value={channel} onChange={(_, v) => setChannel(v.value as Channel)} style={full}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {d(`channel_${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={d("logStage")}>
          <Select value={stageId} onChange={(_, v) => setStage(v.value as StageId)} style={full}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {d(`stage_${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={d("logOutcome")}>
        <Input value={outcome} onChange={(_, v) => setOutcome(v.value)} style={full} />
      </Field>
      <Field label={d("logInvoice")}>
        <Input value={invoice} onChange={(_, v) => setInvoice(v.value)} style={full} />
      </Field>
      <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 4 }}>
        <Field label={d("logPromisedDate")} validationMessage={pd && !pd.ok ? dateError : undefined}>
          <Input
            value={promisedDate}
            onChange={(_, v) => setPromisedDate(v.value)}
            style={full}
            placeholder="2025-03-31"
          />
        </Field>
        <Field label={d("logPromisedAmount")} validationMessage={amountError}>
          <Input
            value={promisedAmount}
            onChange={(_, v) => setPromisedAmount(v.value)}
            style={full}
            inputMode="decimal"
          />
        </Field>
      </div>
      <Field label={d("logNote")}>
        <Input value={note} onChange={(_, v) => setNote(v.value)} style={full} />
      </Field>
      <Button type="submit" appearance="primary" disabled={busy || !!dateError || !!amountError}>
        {d("logSave")}
      </Button>
      <DeskNoticeBar notice={notice} />
    </form>
  );
}
