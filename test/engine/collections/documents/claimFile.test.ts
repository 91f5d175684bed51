import { buildDesk } from "../../../../src/engine/collections/desk";
import { buildClaimFile } from "../../../../src/engine/collections/documents/claimFile";
import type { DocBlock } from "../../../../src/engine/collections/documents/model";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../../src/engine/collections/settings";
import { AS_OF, analysisAt, ledger, log } from "../deskLedger";

const company = { name: "Acme & Co", address: "1 Main St", contact: "ar@acme.test", bank: "Bank of X 123" };

describe("the claim file", () => {
  const policy = { ...DEFAULT_POLICY, insured: true };
  const desk = buildDesk(ledger, analysisAt(), log(), { dunning: DEFAULT_DUNNING, policy });
  const cover = desk.covers.find((c) => c.customer === "Alpha")!;
  const doc = buildClaimFile({
    cover,
    entries: log().entries,
    policy,
    asOf: AS_OF,
    currency: "CNY",
    company,
    language: "en",
  });
  const fields = doc.blocks.flatMap((b) => (b.kind === "fields" ? b.rows : []));
  const tables = doc.blocks.filter((b): b is Extract<DocBlock, { kind: "table" }> => b.kind === "table");

  it("gives claimable = min(open undisputed, insured limit) × indemnity share, the limit and the uninsured part", () => {
    expect([doc.kind, doc.sheetName]).toEqual(["claim", "Claim file Alpha"]);
    const value = (label: string) => fields.find((f) => f.label === label)?.value;
    expect([value("Claimable amount"), value("Insured limit"), value("Uninsured (above the limit)")]).toEqual([
      2250, 2500, 500,
    ]);
  });

  it("lists the overdue invoices with the insurer's deadlines and the customer's contact-log entries", () => {
    expect(tables[0].rows).toContainEqual(["INV2", 45620, 45650, 2000, 2000, 67, 45710, 45770]);
    expect(tables[1].rows).toContainEqual([45705, "", "Call", "Friendly reminder", "promised", 45712, 1000, ""]);
    const alphas = log().entries.filter((e) => e.customer === "Alpha" && e.date <= AS_OF);
    expect(tables[1].rows).toHaveLength(alphas.length); // Alpha's own entries only, none after the as-of date
  });

  it("ticks the collection record in the checklist of documents", () => {
    const items = doc.blocks.flatMap((b) => (b.kind === "checklist" ? b.items : []));
    expect(items.find((i) => i.text.startsWith("Collection record"))?.done).toBe(true);
    expect(items.find((i) => i.text.startsWith("Contract or purchase order"))?.done).toBe(false);
  });
});
