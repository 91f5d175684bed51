/**
 * The Alerts tab's default view for a 270 px pane: the portfolio findings said once at the top, then one card per
 * customer to act on (engine order: money at risk) — its signals as badges, the overdue amount, what happened, the
 * one next step — and the full register counted by kind (choosing a kind lists its alerts).
 */
import { Badge, Card, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { type AlertKind, type AnalysisBeforeChecks, type CustomerAction, type PortfolioFinding } from "../../engine";
import { ALERT_KINDS } from "../../i18n/labels";
import { MODEL_CHECK_TEXT } from "../../i18n/modelCheck";
import { useStrings } from "../i18n";

const COLOR = { high: "danger", medium: "warning", low: "informative" } as const;

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalS },
  wrap: { overflowWrap: "anywhere" },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  findings: { marginBottom: tokens.spacingVerticalM },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}` },
  capped: { margin: 0 },
  restHeading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  rest: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function ActionCard({ a }: { a: CustomerAction }) {
  const { language, reason, money, table: T, fill: f } = useStrings(MODEL_CHECK_TEXT);
  const st = useStyles();
  return (
    <Card size="small" data-testid="action-card" className={st.card}>
      <Text weight="semibold" className={st.wrap}>
        {a.customer}
      </Text>
      <div className={st.badges}>
        {a.kinds.map((k) => (
          <Badge key={k} appearance="tint" color={COLOR[a.severity]}>
            {ALERT_KINDS[language][k]}
          </Badge>
        ))}
      </div>
      <Text size={200}>
        {f(T.atRisk, { amount: money(a.atRisk) })} ·{" "}
        {f(T.overdueLine, { amount: money(a.overdueAmount), grade: a.grade })}
      </Text>
      {a.reasons.map((r, i) => (
        <Text key={i} size={200} className={st.wrap}>
          {reason(r)}
        </Text>
      ))}
      <Text size={200} weight="semibold" className={st.wrap}>
        {f(T.nextAction, { action: reason(a.action) })}
      </Text>
    </Card>
  );
}

function Findings({ findings }: { findings: readonly PortfolioFinding[] }) {
  const { reason, table: T, fill: f } = useStrings(MODEL_CHECK_TEXT);
  const st = useStyles();
  if (findings.length === 0) return null;
  return (
    <section data-testid="findings" aria-label={T.findingsTitle} className={st.findings}>
      <h3 className={st.heading}>{T.findingsTitle}</h3>
      {findings.map((x, i) => (
        <Card key={i} size="small" data-testid="finding" className={st.card}>
          <Text weight="semibold" className={st.wrap}>
            {reason(x.reason)}
          </Text>
          <Text size={200} className={st.wrap}>
            {f(T.nextAction, { action: reason(x.action) })}
          </Text>
        </Card>
      ))}
    </section>
  );
}

export function ActionList({
  analysis,
  onKind,
}: {
  analysis: AnalysisBeforeChecks;
  onKind: (kind: AlertKind) => void;
}) {
  const { language, table: T, fill: f } = useStrings(MODEL_CHECK_TEXT);
  const st = useStyles();
  const actions = analysis.actions ?? [];
  const counts = new Map<AlertKind, number>();
  for (const a of analysis.alerts) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const title = f(T.actionsCustomers, { count: actions.length });
  return (
    <>
      <Findings findings={analysis.findings ?? []} />
      <section aria-label={title} data-testid="action-list">
        <h3 className={st.heading}>{title}</h3>
        {actions.map((a) => (
          <ActionCard key={a.customer} a={a} />
        ))}
        <Text size={200} as="p" className={st.capped}>
          {T.actionsCapped}
        </Text>
        {counts.size > 0 && (
          <div data-testid="alerts-rest">
            <h4 className={st.restHeading}>{f(T.registerTitle, { count: analysis.alerts.length })}</h4>
            <ul className={st.rest}>
              {[...counts].map(([kind, count]) => (
                <li key={kind}>
                  <Link as="button" onClick={() => onKind(kind)}>
                    {f(T.restKind, { kind: ALERT_KINDS[language][kind], count })}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </>
  );
}
