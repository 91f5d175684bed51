/** The pane's header: the add-in's name and subtitle, and the language it speaks. */
import { Select, tokens } from "@fluentui/react-components";
import type { Language } from "../../i18n/translate";
import { useTexts } from "../i18n";

const headerStyle = {
  display: "flex",
  flexWrap: "wrap",
  justifyContent: "space-between",
  alignItems: "center",
  gap: tokens.spacingHorizontalS,
} as const;

export function PaneHeader({ language, onLanguage }: { language: Language; onLanguage: (l: Language) => void }) {
  const { t } = useTexts();
  return (
    <header style={headerStyle}>
      <div style={{ minWidth: 0 }}>
        <h1 style={{ fontSize: tokens.fontSizeBase500, margin: 0 }}>{t("appTitle")}</h1>
        <div style={{ fontSize: tokens.fontSizeBase200 }}>{t("appSubtitle")}</div>
      </div>
      <Select
        aria-label={t("language")}
        value={language}
        onChange={(_, d) => onLanguage(d.value as Language)}
        style={{ width: "7.5em", minWidth: 0 }}
      >
        <option value="en">{t("english")}</option>
        <option value="zh-CN">{t("chinese")}</option>
      </Select>
    </header>
  );
}
