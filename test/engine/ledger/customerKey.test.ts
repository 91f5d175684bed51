/** The customer key: plain ASCII names come back as written; every other spelling folded (forms, invisibles, spaces). */
import { customerKey } from "../../../src/engine/ledger/customerKey";

test("plain names are their own key; spacing, tabs and edges are folded even in plain ASCII", () => {
  expect(customerKey("Cedar Electronics LLC 3378")).toBe("Cedar Electronics LLC 3378");
  expect(customerKey("A&B (Holdings) Ltd.")).toBe("A&B (Holdings) Ltd.");
  expect(customerKey("Cedar  Electronics")).toBe("Cedar Electronics");
  expect(customerKey("Cedar\tElectronics")).toBe("Cedar Electronics");
  expect(customerKey(" Cedar ")).toBe("Cedar");
  expect(customerKey("Cedar\r\n")).toBe("Cedar");
  expect(customerKey("")).toBe("");
});

test("full-width forms, ideographic spaces and invisible characters are folded", () => {
  expect(customerKey("上海贸易（集团）")).toBe("上海贸易(集团)");
  expect(customerKey("ＡＢＣ\u3000Co")).toBe("ABC Co");
  expect(customerKey("AB\u200bC")).toBe("ABC");
  expect(customerKey("A\u00a0B")).toBe("A B");
});
