/** The company's details for documents (公司名称, 地址, 联系人, 开户行, 账号, 签署人): asked for before the first document. */
import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { CompanyDetails, missingCompanyDetails } from "../../../engine";
import { useDeskTexts } from "./deskTexts";

const FIELDS = [
  ["name", "companyName"],
  ["address", "companyAddress"],
  ["contact", "companyContact"],
  ["bank", "companyBank"],
  ["account", "companyAccount"],
  ["signature", "companySignature"],
] as const;

/** The inputs alone (the settings panel shows them among its own fields). */
export function CompanyFields({
  company,
  onChange,
}: {
  company: CompanyDetails;
  onChange: (c: CompanyDetails) => void;
}) {
  const { d } = useDeskTexts();
  return (
    <>
      {FIELDS.map(([key, label]) => (
        <Field key={key} label={d(label)} required={key !== "signature"}>
          <Input
            value={company[key] ?? ""}
            onChange={(_, v) => onChange({ ...company, [key]: v.value })}
            style={{ width: "100%", minWidth: 0 }}
            data-testid={`company-${key}`}
          />
        </Field>
      ))}
    </>
  );
}

export function CompanyForm({
  initial,
  busy,
  onSave,
  onCancel,
}: {
  initial: CompanyDetails;
  busy: boolean;
  onSave: (c: CompanyDetails) => void;
  onCancel: () => void;
}) {
  const { d, language } = useDeskTexts();
  const [company, setCompany] = useState<CompanyDetails>({ account: "", signature: "", ...initial });
  const [tried, setTried] = useState(false);
  const missing = missingCompanyDetails(company);
  const labels = Object.fromEntries(FIELDS) as Record<string, Parameters<typeof d>[0]>;
  return (
    <form
      aria-label={d("company")}
      data-testid="company-form"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (missing.length === 0) onSave(company);
      }}
      style={{ display: "grid", gap: 4, marginTop: 6, minWidth: 0 }}
    >
      <strong>{d("companyNeeded")}</strong>
      <CompanyFields company={company} onChange={setCompany} />
      {tried && missing.length > 0 && (
        <div role="alert">
          {d("companyMissing", { fields: missing.map((f) => d(labels[f])).join(language === "zh-CN" ? "、" : ", ") })}
        </div>
      )}
      <div style={{ display: "flex", flexWrap: "wrap", gap: 4 }}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {d("saveAndWrite")}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {d("cancel")}
        </Button>
      </div>
    </form>
  );
}
