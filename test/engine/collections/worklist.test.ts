import { buildDesk } from "../../../src/engine/collections/desk";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../src/engine/collections/settings";
import { filterWorklist } from "../../../src/engine/collections/worklist";
import { AS_OF, analysisAt, ledger, log } from "./deskLedger";

describe("the worklist", () => {
  const insured = { ...DEFAULT_POLICY, insured: true };
  const desk = buildDesk(ledger, analysisAt(), log(), { dunning: DEFAULT_DUNNING, policy: insured });

  it("filters the worklist", () => {
    expect(filterWorklist(desk.worklist, "dueToday", AS_OF).map((w) => w.customer)).toEqual(["Alpha"]);
    expect(filterWorklist(desk.worklist, "promisedThisWeek", AS_OF).map((w) => w.customer)).toEqual(["Beta"]);
    expect(filterWorklist(desk.worklist, "brokenPromises", AS_OF).map((w) => w.customer)).toEqual(["Alpha"]);
    // Beta's INV3 due 45710 → notify by 45770, 53 days away: outside 14 days, inside 60.
    expect(filterWorklist(desk.worklist, "insurerDeadline", AS_OF, 14).map((w) => w.customer)).toEqual(["Alpha"]);
    expect(filterWorklist(desk.worklist, "insurerDeadline", AS_OF, 60).map((w) => w.customer)).toEqual([
      "Alpha",
      "Beta",
    ]);
  });
});
