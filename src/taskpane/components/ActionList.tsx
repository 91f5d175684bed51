/**
 * The Alerts tab's default view for a 270 px pane: the portfolio findings said once at the top, then one card per
 * customer to act on (engine order: money at risk) — its signals as badges, the overdue amount, what happened, the
 * one next step — and the full register counted by kind (choosing a kind lists its alerts).
 */
import { Badge, Card, Link, Text, tokens } from "@fluentui/react-components";
import { type AlertKind, type Analysis, type CustomerAction, type PortfolioFinding } from "../../engine";
import { ALERT_KINDS } from "../../i18n/labels";
import { MODEL_CHECK_TEXT } from "../../i18n/modelCheck";
import { fillTemplate } from "../../i18n/translate";
import { useTexts } from "../i18n";

const COLOR = { high: "danger", medium: "warning", low: "informative" } as const;

function ActionCard({ a }: { a: CustomerAction }) {
  const { language, reason, money } = useTexts();
  const T = MODEL_CHECK_TEXT[language];
  const f = (template: string, params: Record<string, string | number>) => fillTemplate(template, params, language);
  return (
    <Card size="small" data-testid="action-card" style={{ marginBottom: tokens.spacingVerticalS }}>
      <Text weight="semibold" style={{ overflowWrap: "anywhere" }}>
        {a.customer}
      </Text>
      <div style={{ display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" }}>
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
        <Text key={i} size={200} style={{ overflowWrap: "anywhere" }}>
          {reason(r)}
        </Text>
      ))}
      <Text size={200} weight="semibold" style={{ overflowWrap: "anywhere" }}>
        {f(T.nextAction, { action: reason(a.action) })}
      </Text>
    </Card>
  );
}

function Findings({ findings }: { findings: readonly PortfolioFinding[] }) {
  const { language, reason } = useTexts();
  const T = MODEL_CHECK_TEXT[language];
  if (findings.length === 0) return null;
  return (
    <section data-testid="findings" aria-label={T.findingsTitle} style={{ marginBottom: tokens.spacingVerticalM }}>
      <h3 style={{ margin: `0 0 ${tokens.spacingVerticalS}` }}>{T.findingsTitle}</h3>
      {findings.map((x, i) => (
        <Card key={i} size="small" data-testid="finding" style={{ marginBottom: tokens.spacingVerticalS }}>
          <Text weight="semibold" style={{ overflowWrap: "anywhere" }}>
            {reason(x.reason)}
          </Text>
          <Text size={200} style={{ overflowWrap: "anywhere" }}>
            {fillTemplate(T.nextAction, { action: reason(x.action) }, language)}
          </Text>
        </Card>
      ))}
    </section>
  );
}

export function ActionList({ analysis, onKind }: { analysis: Analysis; onKind: (kind: AlertKind) => void }) {
  const { language } = useTexts();
  const T = MODEL_CHECK_TEXT[language];
  const actions = analysis.actions ?? [];
  const counts = new Map<AlertKind, number>();
  for (const a of analysis.alerts) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const title = fillTemplate(T.actionsCustomers, { count: actions.length }, language);
  return (
    <>
      <Findings findings={analysis.findings ?? []} />
      <section aria-label={title} data-testid="action-list">
        <h3 style={{ margin: `0 0 ${tokens.spacingVerticalS}` }}>{title}</h3>
        {actions.map((a) => (
          <ActionCard key={a.customer} a={a} />
        ))}
        <Text size={200} as="p" style={{ margin: 0 }}>
          {T.actionsCapped}
        </Text>
        {counts.size > 0 && (
          <div data-testid="alerts-rest">
            <h4 style={{ margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` }}>
              {fillTemplate(T.registerTitle, { count: analysis.alerts.length }, language)}
            </h4>
            <ul style={{ margin: 0, paddingLeft: tokens.spacingHorizontalL }}>
              {[...counts].map(([kind, count]) => (
                <li key={kind}>
                  <Link as="button" onClick={() => onKind(kind)}>
                    {fillTemplate(T.restKind, { kind: ALERT_KINDS[language][kind], count }, language)}
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
