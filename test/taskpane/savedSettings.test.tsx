import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SAVED_TEXT } from "../../src/i18n/savedSettings";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";
import { bookWith, openWithSetup } from "./ledgerPane";

const open = openWithSetup;

const HAND_FORMATS = ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00", "#,##0.00", "yyyy-mm-dd", "@"];

test("a corrected mapping and a setting are saved with the workbook, restored next time, and reset to detection", async () => {
  const book = bookWith(handLedger() as (string | number)[][], HAND_FORMATS);
  await open(book);
  expect(screen.queryByTestId("restored")).toBeNull();
  await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Amount/ }), "5");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: /risk appetite/i }), "conservative");
  await userEvent.click(screen.getByRole("button", { name: "Analyze again" }));
  await waitFor(() => expect(book.settings.has("arlens.ledger.Ledger")).toBe(true));
  const saved = JSON.parse(book.settings.get("arlens.ledger.Ledger") as string);
  expect(saved[0]).toMatchObject({
    headerRow: 1,
    overrides: { amount: 5 },
    settings: { riskAppetite: "conservative" },
  });

  // Next month: the same ledger, read again in a new session.
  await open(book);
  expect((screen.getByRole("combobox", { name: /^Amount/ }) as HTMLSelectElement).value).toBe("5");
  expect((screen.getByRole("combobox", { name: /risk appetite/i }) as HTMLSelectElement).value).toBe("conservative");
  expect(screen.getByTestId("restored").textContent).toContain(SAVED_TEXT.en.restored);

  await userEvent.click(screen.getByRole("button", { name: SAVED_TEXT.en.resetSaved }));
  await waitFor(() => expect((screen.getByRole("combobox", { name: /^Amount/ }) as HTMLSelectElement).value).toBe("4"));
  expect((screen.getByRole("combobox", { name: /risk appetite/i }) as HTMLSelectElement).value).toBe("balanced");
  await waitFor(() => expect(book.settings.has("arlens.ledger.Ledger")).toBe(false));
  expect(screen.queryByTestId("restored")).toBeNull();
}, 60_000);

test("in Chinese the restored note and the reset are Chinese", async () => {
  const book = bookWith(handLedger() as (string | number)[][], HAND_FORMATS);
  book.settings.set(
    "arlens.ledger.Ledger",
    JSON.stringify([
      {
        signature: "customer|invoice no|invoice date|due date|amount|paid amount|paid date|disputed",
        headerRow: 1,
        overrides: {},
        settings: { riskAppetite: "growth" },
      },
    ]),
  );
  await open(book, "zh-CN");
  expect(screen.getByTestId("restored").textContent).toContain("已恢复此工作簿中为该台账保存的列对应关系和设置");
  expect(screen.getByRole("button", { name: "恢复自动识别" })).toBeTruthy();
}, 60_000);

test("the IBM-like ledger (no currency column, General formats) shows dollars in en-US, not CN¥; the user may choose", async () => {
  const values: (string | number)[][] = [
    ["customerID", "invoiceNumber", "InvoiceDate", "DueDate", "InvoiceAmount", "SettledDate"],
    ["0379-NEVHP", "0000611365", AS_OF - 60, AS_OF - 30, 55.94, ""],
    ["8976-AMJEO", "0007900770", AS_OF - 40, AS_OF - 10, 61.74, ""],
  ];
  const book = bookWith(
    values,
    values[0].map(() => "General"),
  );
  expect(navigator.language).toBe("en-US");
  await open(book);
  const total = () => screen.getByTestId("kpi-total-open").textContent ?? "";
  expect(total()).toBe("$117.68");
  const select = screen.getByTestId("display-currency") as HTMLSelectElement;
  expect(select.options[0].textContent).toBe("Detected: USD");
  await userEvent.selectOptions(select, "EUR");
  await userEvent.click(screen.getByRole("button", { name: "Analyze again" }));
  await waitFor(() => expect(total()).toBe("€117.68"));
}, 60_000);
