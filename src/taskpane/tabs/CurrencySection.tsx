/**
 * A ledger in several currencies on the Overview: per currency the open amount in its own currency (原币) and in the
 * reporting one (本币), the rate and where it came from, the currencies left out for want of a rate, and — where
 * invoices carry their booked rate — the unrealised exchange gain or loss (汇兑损益). Three columns: fits 270 px.
 */
import { tokens } from "@fluentui/react-components";
import type { CurrencyConversion } from "../../engine";
import { CURRENCY_TEXT, conversionSentence, gainLossSentence } from "../../i18n/currencies";
import { formatMoney } from "../../i18n/format";
import { fillTemplate } from "../../i18n/translate";
import { usePaneStyles } from "../components/paneStyles";
import { useTexts } from "../i18n";

const cell = { padding: `${tokens.spacingVerticalXXS} 0`, overflowWrap: "anywhere" as const };
// A figure stays on one line (split mid-digit it cannot be read); the currency's code is in the row's first cell.
const num = {
  padding: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  textAlign: "end" as const,
  fontVariantNumeric: "tabular-nums",
  whiteSpace: "nowrap" as const,
};
const note = { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, paddingBottom: 4 };

export function CurrencySection({ conversion }: { conversion: CurrencyConversion }) {
  const { money, language } = useTexts();
  const ps = usePaneStyles();
  const x = CURRENCY_TEXT[language];
  const reporting = conversion.reportingCurrency;
  return (
    <section data-testid="currency-section">
      <h3 className={ps.heading}>{x.title}</h3>
      <p className={ps.sub}>{fillTemplate(x.intro, { currency: reporting }, language)}</p>
      <table style={{ width: "100%", borderCollapse: "collapse" }} aria-label={x.title} data-testid="currency-table">
        <thead>
          <tr className={ps.sub}>
            <th scope="col" style={{ textAlign: "start", fontWeight: tokens.fontWeightRegular, whiteSpace: "nowrap" }}>
              {x.currency}
            </th>
            <th scope="col" style={{ textAlign: "end", fontWeight: tokens.fontWeightRegular }}>
              {x.openOriginal}
            </th>
            <th scope="col" style={{ textAlign: "end", fontWeight: tokens.fontWeightRegular }}>
              {fillTemplate(x.openConverted, { currency: reporting }, language)}
            </th>
          </tr>
        </thead>
        <tbody>
          {conversion.lines.map((l) => (
            <CurrencyRows key={l.currency} line={l} reporting={reporting} />
          ))}
          <tr style={{ borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` }}>
            <th scope="row" colSpan={2} style={{ ...cell, textAlign: "start" }}>
              {x.total}
            </th>
            <td style={num} data-testid="currency-total">
              {money(conversion.totalOpen)}
            </td>
          </tr>
          {conversion.gainLoss !== null && (
            <tr>
              <th scope="row" colSpan={2} style={{ ...cell, textAlign: "start", fontWeight: tokens.fontWeightRegular }}>
                {x.gainLoss}
              </th>
              <td style={num} data-testid="currency-gain-loss">
                {money(conversion.gainLoss)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

function CurrencyRows({ line, reporting }: { line: CurrencyConversion["lines"][number]; reporting: string }) {
  const { money, language } = useTexts();
  const x = CURRENCY_TEXT[language];
  const own = line.currency === reporting;
  const leftOut = line.invoices === 0 && line.leftOut > 0;
  const border = { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` };
  return (
    <>
      <tr data-testid="currency-row">
        <th scope="row" style={{ ...cell, textAlign: "start", whiteSpace: "nowrap" }}>
          {line.currency}
        </th>
        <td style={num}>{formatMoney(leftOut ? line.leftOutOpen : line.openOriginal, "", language)}</td>
        <td style={leftOut ? { ...num, whiteSpace: "normal" } : num}>
          {leftOut ? x.leftOut : money(line.openConverted)}
        </td>
      </tr>
      <tr style={border}>
        <td colSpan={3} style={note} data-testid="currency-line">
          {own ? x.reporting : conversionSentence(line, reporting, language)}
          {!own &&
            line.leftOut > 0 &&
            line.invoices > 0 &&
            ` · ${conversionSentence({ ...line, invoices: 0 }, reporting, language)}`}
          {line.revaluation && ` · ${gainLossSentence(line.revaluation, reporting, language)}`}
        </td>
      </tr>
    </>
  );
}
