/** The customer key: plain ASCII names come back as written; every other spelling folded (forms, invisibles, spaces). */
import { customerKey, customerKeys } from "../../../src/engine/ledger/customerKey";

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

test("customerKeys: each name's key as customerKey gives it, worked out once per name", () => {
  const names = ["Acme Ltd", " Acme  Ltd ", "上海贸易（集团）", "上海贸易(集团)", "Zero\u200bWidth", "Acme Ltd"];
  const keyOf = customerKeys();
  expect(names.map(keyOf)).toEqual(names.map(customerKey));
  const normalize = jest.spyOn(String.prototype, "normalize");
  const again = customerKeys();
  for (let i = 0; i < 3; i++) again("上海贸易（集团）");
  expect(normalize).toHaveBeenCalledTimes(1);
  normalize.mockRestore();
});
