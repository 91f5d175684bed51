/**
 * Published figures a finance user can hold the ledger's KPIs against (docs/METRICS.md "Portfolio ratios"):
 * Credit Research Foundation national medians, Q1 2021, and Allianz Trade's global average DSO for 2023.
 * Shown beside the KPIs as context, never used in a grade or a recommendation.
 */
export const CRF_MEDIANS_Q1_2021 = {
  dso: 38.04,
  bestPossibleDso: 32.02,
  averageDaysDelinquent: 3.0,
  collectionEffectivenessIndex: 86.52,
  currentShare: 0.9056,
  over91Share: 0.0056,
} as const;

export const ALLIANZ_GLOBAL_DSO_2023 = 59;
