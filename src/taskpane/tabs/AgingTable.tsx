/** The aging chart's figures as a table: each age band and its open amount, with the disputed part below it. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { usePaneStyles } from "../components/paneStyles";
import { useTexts } from "../i18n";

export interface AgingBucket {
  label: string;
  amount: number;
  disputed: number;
}

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse" },
  head: { fontWeight: tokens.fontWeightRegular, textAlign: "start" },
  headEnd: { fontWeight: tokens.fontWeightRegular, textAlign: "end" },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  band: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  amount: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  disputed: { whiteSpace: "normal" },
});

export function AgingTable({ buckets }: { buckets: AgingBucket[] }) {
  const { t, p, money } = useTexts();
  const s = useStyles();
  const ps = usePaneStyles();
  return (
    <table className={s.table} aria-label={t("agingChartLabel")} data-testid="aging-table">
      <thead>
        <tr className={ps.sub}>
          <th scope="col" className={s.head}>
            {t("colBucket")}
          </th>
          <th scope="col" className={s.headEnd}>
            {t("colOpen")}
          </th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.label} className={s.row}>
            <th scope="row" className={s.band}>
              {b.label}
            </th>
            <td className={s.amount}>
              {money(b.amount)}
              {b.disputed !== 0 && (
                <div className={mergeClasses(ps.sub, s.disputed)}>
                  {p("ofWhichDisputed", { amount: money(b.disputed) })}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
