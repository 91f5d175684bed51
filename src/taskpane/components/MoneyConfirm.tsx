/**
 * Before analysing on money chosen from content (or a column that may not be money): the reasons, the first rows as
 * read, and a button to confirm; otherwise the user corrects the mapping. The rows come from the engine.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { type MappingResult, PREVIEW_FIELDS, previewRows } from "../../engine";
import { FIELDS } from "../../i18n/labels";
import { LAYOUT_TEXT } from "../../i18n/ledgerLayout";
import { useTexts } from "../i18n";

/** The first rows as read, with their sheet row numbers: the columns that would be analysed, formatted. */
function RowsAsRead({ mapping, values, topRow }: { mapping: MappingResult; values: unknown[][]; topRow: number }) {
  const { language, date, money } = useTexts();
  const t = LAYOUT_TEXT[language];
  const fields = PREVIEW_FIELDS.filter((f) => mapping.columns[f] !== null);
  const rows = previewRows(values, mapping);
  const show = (field: string, v: unknown) => {
    if (typeof v !== "number") return v === null || v === undefined ? "" : String(v);
    return field === "dueDate" ? date(v) : money(v);
  };
  return (
    <div style={{ overflowX: "auto" }}>
      <table data-testid="money-confirm-rows" style={{ borderCollapse: "collapse", fontSize: "smaller" }}>
        <thead>
          <tr>
            <th style={{ textAlign: "start", paddingInlineEnd: 8 }}>{t.row}</th>
            {fields.map((f) => (
              <th key={f} style={{ textAlign: "start", paddingInlineEnd: 8 }}>
                {FIELDS[language][f]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row}>
              <td style={{ paddingInlineEnd: 8 }}>{topRow + r.row}</td>
              {fields.map((f) => (
                <td key={f} style={{ paddingInlineEnd: 8 }}>
                  {show(f, r.cells[PREVIEW_FIELDS.indexOf(f)])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function MoneyConfirm({
  mapping,
  values,
  topRow,
  onConfirm,
  busy,
}: {
  mapping: MappingResult;
  values: unknown[][];
  /** The sheet row number of the range's first row (row labels as the user sees them). */
  topRow: number;
  onConfirm: () => void;
  busy: boolean;
}) {
  const { language, reason } = useTexts();
  const t = LAYOUT_TEXT[language];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="money-confirm">
      <MessageBarBody>
        <MessageBarTitle>{t.confirmTitle}</MessageBarTitle>
        <ul style={{ margin: "4px 0", paddingInlineStart: 16 }}>
          {(mapping.confirm ?? []).map((r, i) => (
            <li key={i}>{reason(r)}</li>
          ))}
        </ul>
        <p style={{ margin: "4px 0" }}>{t.confirmHelp}</p>
        <RowsAsRead mapping={mapping} values={values} topRow={topRow} />
        <p style={{ margin: "4px 0" }}>{t.confirmOther}</p>
        <Button
          appearance="primary"
          size="small"
          onClick={onConfirm}
          disabled={busy}
          data-testid="money-confirm-button"
        >
          {t.confirmButton}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
