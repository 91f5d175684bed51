/**
 * The alerts as a triaged action list for a 270 px pane: the top alerts by money at risk (engine order), each a
 * compact card — customer and kind, money at risk, what happened, the one next step — and the rest counted by kind
 * (choosing a kind shows them all in the table below).
 */
import { Badge, Card, Link, Text, tokens } from "@fluentui/react-components";
import { type Alert, type AlertKind, type Analysis, TOP_ALERTS } from "../../engine";
import { ALERT_KINDS } from "../../i18n/labels";
import { MODEL_CHECK_TEXT } from "../../i18n/modelCheck";
import { fillTemplate } from "../../i18n/translate";
import { useTexts } from "../i18n";

const COLOR = { high: "danger", medium: "warning", low: "informative" } as const;

function ActionCard({ a }: { a: Alert }) {
  const { language, reason, money } = useTexts();
  const T = MODEL_CHECK_TEXT[language];
  return (
    <Card size="small" data-testid="action-card" style={{ marginBottom: tokens.spacingVerticalS }}>
      <div style={{ display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" }}>
        <Text weight="semibold" style={{ overflowWrap: "anywhere" }}>{a.customer ?? ALERT_KINDS[language][a.kind]}</Text>
        <Badge appearance="tint" color={COLOR[a.severity]}>{ALERT_KINDS[language][a.kind]}</Badge>
      </div>
      <Text size={200}>{fillTemplate(T.atRisk, { amount: money(a.atRisk) }, language)}</Text>
      <Text size={200} style={{ overflowWrap: "anywhere" }}>{reason(a.reason)}</Text>
      <Text size={200} weight="semibold" style={{ overflowWrap: "anywhere" }}>{fillTemplate(T.nextAction, { action: reason(a.action) }, language)}</Text>
    </Card>
  );
}

export function ActionList({ analysis, onKind }: { analysis: Analysis; onKind: (kind: AlertKind) => void }) {
  const { language } = useTexts();
  const T = MODEL_CHECK_TEXT[language];
  const top = analysis.alerts.slice(0, TOP_ALERTS);
  const rest = analysis.alerts.slice(TOP_ALERTS);
  const counts = new Map<AlertKind, number>();
  for (const a of rest) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  return (
    <section aria-label={fillTemplate(T.actionsTitle, { count: top.length }, language)} data-testid="action-list">
      <h3 style={{ margin: `0 0 ${tokens.spacingVerticalS}` }}>{fillTemplate(T.actionsTitle, { count: top.length }, language)}</h3>
      {top.map((a, i) => <ActionCard key={i} a={a} />)}
      {rest.length > 0 && (
        <div data-testid="alerts-rest">
          <h4 style={{ margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` }}>{fillTemplate(T.restTitle, { count: rest.length }, language)}</h4>
          <ul style={{ margin: 0, paddingLeft: tokens.spacingHorizontalL }}>
            {[...counts].map(([kind, count]) => (
              <li key={kind}>
                <Link as="button" onClick={() => onKind(kind)}>{fillTemplate(T.restKind, { kind: ALERT_KINDS[language][kind], count }, language)}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
