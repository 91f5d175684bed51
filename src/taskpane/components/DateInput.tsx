/**
 * A date typed as every other date in AR Lens is written — ISO, 2025-06-30 — instead of the browser's date picker
 * (which shows mm/dd/yyyy or the system's order). What the user types stays in the box; the date is reported once it
 * reads as one (the ledger's own parser, so 2025/6/30 and 2025年6月30日 are taken too), and the box is marked
 * invalid until then.
 */
import { Input, type InputProps } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isoFromSerial, parseDate } from "../../engine";

type Props = Omit<InputProps, "value" | "onChange" | "type"> & {
  value: number | null;
  onChange: (serial: number | null) => void;
  /** An empty box means "no date" (reported as null) rather than a mistake. */
  allowEmpty?: boolean;
};

const show = (serial: number | null) => (serial === null ? "" : isoFromSerial(serial));

export function DateInput({ value, onChange, allowEmpty = false, ...rest }: Props) {
  const [text, setText] = useState(show(value));
  // A date changed elsewhere (a new analysis, a reset) replaces the text, unless the text already means it.
  useEffect(() => {
    setText((current) => {
      const p = parseDate(current.trim(), "auto");
      return (p.ok ? p.value : null) === value ? current : show(value);
    });
  }, [value]);
  const trimmed = text.trim();
  const parsed = trimmed === "" ? null : parseDate(trimmed, "auto");
  const invalid = parsed === null ? !allowEmpty : !parsed.ok;
  return (
    <Input
      {...rest}
      type="text"
      placeholder="YYYY-MM-DD"
      data-kind="date"
      aria-invalid={invalid}
      value={text}
      onChange={(_, d) => {
        setText(d.value);
        const t = d.value.trim();
        if (t === "") {
          if (allowEmpty) onChange(null);
          return;
        }
        const p = parseDate(t, "auto");
        if (p.ok) onChange(p.value);
      }}
    />
  );
}
