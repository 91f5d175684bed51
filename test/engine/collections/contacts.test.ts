import { parseContacts, contactLanguage } from "../../../src/engine/collections/contacts";

describe("a contacts range", () => {
  it("reads EN or ZH headers, the customer's person, phone, e-mail and language; bad rows named by their cell", () => {
    const { contacts, issues } = parseContacts(
      [
        ["客户名称", "联系人", "电话", "邮箱", "语言"],
        ["Alpha", "Li Wei", "138 0000 0000", "li@alpha.cn", "中文"],
        ["Beta", "Ann Smith", "+44 20 7946 0000", "ann@beta.co.uk", "English"],
        ["", "Nobody", "1", "", ""],
        ["", "", "", "", ""],
        ["Ａlpha ", "Wang Fang", "139", "", "zh"],
        ["Gamma", "Tom", "", "not-an-email", "Klingon"],
      ],
      "Contacts",
      "B2",
    );
    expect(contacts.get("Alpha")).toEqual({
      customer: "Alpha",
      person: "Li Wei",
      phone: "138 0000 0000",
      email: "li@alpha.cn",
      language: "zh-CN",
      address: "Contacts!B3",
    });
    expect(contacts.get("Beta")?.language).toBe("en");
    expect(contacts.get("Gamma")).toEqual({
      customer: "Gamma",
      person: "Tom",
      phone: "",
      email: "",
      language: null,
      address: "Contacts!B8",
    });
    expect(issues.map((i) => [i.address, i.severity, i.reason.code])).toEqual([
      ["Contacts!B5", "excluded", "contacts.noCustomer"],
      ["Contacts!B7", "warning", "contacts.duplicate"],
      ["Contacts!E8", "warning", "contacts.badEmail"],
      ["Contacts!F8", "warning", "contacts.badLanguage"],
    ]);
  });

  it("English headers too, and without headers the columns in order", () => {
    const headed = parseContacts(
      [
        ["Customer", "Contact person", "Phone", "E-mail", "Language"],
        ["Alpha", "Li", "1", "a@b.cn", "Chinese"],
      ],
      "C",
    );
    expect(headed.contacts.get("Alpha")?.language).toBe("zh-CN");
    const bare = parseContacts([["Alpha", "Li", "1", "a@b.cn", "EN"]], "C");
    expect(bare.contacts.get("Alpha")).toMatchObject({ person: "Li", phone: "1", email: "a@b.cn", language: "en" });
  });

  it("reads the language words a team writes", () => {
    expect(["中文", "简体中文", "zh-CN", "Chinese", "cn"].map(contactLanguage)).toEqual(Array(5).fill("zh-CN"));
    expect(["English", "英文", "en", "EN-GB"].map(contactLanguage)).toEqual(Array(4).fill("en"));
    expect(contactLanguage("")).toBeNull();
    expect(contactLanguage("Deutsch")).toBeUndefined();
  });
});
