/** The detected column for each ledger field, with a dropdown to correct it. */
import { Badge, Field, Select } from "@fluentui/react-components";
import { columnLetters, LEDGER_FIELDS, LedgerField, MappingResult } from "../../engine";
import { FIELDS } from "../../i18n/labels";
import { useTexts } from "../i18n";

/** Fill the grid cell: Fluent inputs otherwise keep a minimum width wider than half a taskpane. */
const FILL = { width: "100%", minWidth: 0 };

/** One field: its name with how its column was found (header, content, by hand), and the column dropdown. */
function FieldColumn({
  field,
  mapping,
  columnCount,
  label,
  onChange,
}: {
  field: LedgerField;
  mapping: MappingResult;
  columnCount: number;
  label: string;
  onChange: (field: LedgerField, column: number | null) => void;
}) {
  const { t } = useTexts();
  const sourceLabel = { header: t("byHeader"), content: t("byContent"), user: t("byUser"), missing: "" } as const;
  const name = (c: number) => `${columnLetters(c)} · ${mapping.headers[c] || "—"}`;
  const column = mapping.columns[field];
  const source = mapping.source[field];
  return (
    <Field
      label={{
        children: (
          <>
            {label}{" "}
            {source !== "missing" && (
              <Badge appearance="tint" size="small">
                {sourceLabel[source]}
              </Badge>
            )}
          </>
        ),
      }}
    >
      <Select
        style={FILL}
        value={column === null ? "" : String(column)}
        onChange={(_, d) => onChange(field, d.value === "" ? null : Number(d.value))}
      >
        <option value="">{t("notMapped")}</option>
        {Array.from({ length: columnCount }, (_, c) => (
          <option key={c} value={String(c)}>
            {name(c)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function MappingEditor({
  mapping,
  columnCount,
  onChange,
  fields = LEDGER_FIELDS,
  labels,
}: {
  mapping: MappingResult;
  columnCount: number;
  onChange: (field: LedgerField, column: number | null) => void;
  /** The fields offered (the payables ledger uses a subset) and their names (e.g. Supplier for customer). */
  fields?: readonly LedgerField[];
  labels?: Partial<Record<LedgerField, string>>;
}) {
  const { t, language, reason } = useTexts();
  return (
    <div>
      <p style={{ margin: "4px 0" }}>{t("mappingHelp")}</p>
      <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 140px), 1fr))", gap: 8 }}>
        {fields.map((field) => (
          <FieldColumn
            key={field}
            field={field}
            mapping={mapping}
            columnCount={columnCount}
            label={labels?.[field] ?? FIELDS[language][field]}
            onChange={onChange}
          />
        ))}
      </div>
      {mapping.notes.length > 0 && (
        <ul style={{ margin: "8px 0", paddingInlineStart: 18 }}>
          {mapping.notes.map((n, i) => (
            <li key={i}>{reason(n)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
