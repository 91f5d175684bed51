/**
 * A customer's risk grade as a badge coloured by its band (src/i18n/glossary.ts: 1–3 low, 4–6 medium, 7–8 high,
 * 9–10 very high), read aloud with the scale: "Grade 8 of 10, high risk".
 */
import { Badge, type BadgeProps, makeStyles } from "@fluentui/react-components";
import { RISK_BAND_NAMES, riskBand, type RiskBand } from "../../i18n/glossary";
import { useTexts } from "../i18n";

const BAND_COLOUR: Record<RiskBand, NonNullable<BadgeProps["color"]>> = {
  low: "success",
  medium: "warning",
  high: "severe",
  veryHigh: "danger",
};

const useStyles = makeStyles({ badge: { flexShrink: 0 } });

export function GradeBadge({ grade }: { grade: number }) {
  const { p, language } = useTexts();
  const band = riskBand(grade);
  const styles = useStyles();
  return (
    <Badge
      appearance="tint"
      size="small"
      color={BAND_COLOUR[band]}
      className={styles.badge}
      data-testid="grade-badge"
      data-band={band}
      aria-label={p("gradeBadgeLabel", { grade, band: RISK_BAND_NAMES[language][band] })}
    >
      {p("gradeBadge", { grade })}
    </Badge>
  );
}
