import { RowIssueList } from "../../../src/engine/ledger/rowIssues";

describe("the issues of the row being read", () => {
  const at = (row: number, field: string | null) => `S!${field ?? "first"}${row + 1}`;

  test("each issue names the row, its cell and its reason; excluded once any issue excludes", () => {
    const list = new RowIssueList(at);
    list.start(4);
    list.warn("terms", "row.badTerms", { problem: "odd" }, "odd");
    expect(list.hasExcluded()).toBe(false);
    list.exclude(null, "row.noCustomerColumn", {}, "no customer column is mapped");
    expect(list.hasExcluded()).toBe(true);
    expect(list.list).toEqual([
      {
        row: 4,
        address: "S!terms5",
        field: "terms",
        severity: "warning",
        reason: { code: "row.badTerms", params: { problem: "odd" }, text: "odd" },
      },
      {
        row: 4,
        address: "S!first5",
        field: null,
        severity: "excluded",
        reason: { code: "row.noCustomerColumn", params: {}, text: "no customer column is mapped" },
      },
    ]);
  });

  test("a new row starts with no issues; the issues said before are not changed", () => {
    const list = new RowIssueList(at);
    list.start(1);
    list.exclude("amount", "row.badAmount", { problem: "x" }, "amount: x");
    const said = list.list[0];
    list.start(2);
    expect(list.row).toBe(2);
    expect(list.list).toEqual([]);
    expect(list.hasExcluded()).toBe(false);
    expect(said).toMatchObject({ row: 1, address: "S!amount2", severity: "excluded" });
  });
});
