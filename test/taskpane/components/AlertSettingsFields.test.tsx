import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ALERT_SETTINGS_TEXT } from "../../../src/i18n/alertSettings";
import { handLedger } from "../../engine/analysis/handLedger";
import { bookWith, openWithSetup } from "../ledgerPane";

const HAND_FORMATS = ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "#,##0.00", "#,##0.00", "yyyy-mm-dd", "@"];

function handBook() {
  return bookWith(handLedger() as (string | number)[][], HAND_FORMATS);
}

const open = openWithSetup;

/** The kinds in the Alerts tab's register (one entry per alert: "Concentration: 2" gives two). */
async function alertKinds(): Promise<string[]> {
  await userEvent.click(screen.getByRole("tab", { name: /Alerts/ }));
  const rest = screen.queryByTestId("alerts-rest");
  if (!rest) return [];
  return [...rest.querySelectorAll("button")].flatMap((b) => {
    const [kind, n] = (b.textContent ?? "").split(": ");
    return Array.from({ length: Number(n) }, () => kind);
  });
}

test("changing an alert threshold changes the alerts shown, and the threshold is saved with the workbook", async () => {
  const book = handBook();
  await open(book);
  // Beta's disputed 800.00 is 91 days past due: an old dispute at the default 30 days.
  expect(await alertKinds()).toContain("Old dispute");
  const concentration = (await alertKinds()).filter((k) => k === "Concentration").length;
  expect(concentration).toBeGreaterThan(0);

  const setup = screen.getByTestId("setup-toggle");
  if (setup.getAttribute("aria-expanded") !== "true") await userEvent.click(setup);
  const dispute = screen.getByRole("combobox", { name: ALERT_SETTINGS_TEXT.en.oldDisputeDays });
  expect((dispute as HTMLSelectElement).value).toBe("30");
  await userEvent.selectOptions(dispute, "180");
  await userEvent.selectOptions(screen.getByRole("combobox", { name: ALERT_SETTINGS_TEXT.en.singleShare }), "50");
  await userEvent.click(screen.getByRole("button", { name: "Analyze again" }));
  await waitFor(async () => expect(await alertKinds()).not.toContain("Old dispute"));
  expect((await alertKinds()).filter((k) => k === "Concentration").length).toBeLessThan(concentration);

  // Saved with the other settings, in the engine's units (shares as fractions), and restored next time.
  await waitFor(() => expect(book.settings.has("arlens.ledger.Ledger")).toBe(true));
  const saved = JSON.parse(book.settings.get("arlens.ledger.Ledger") as string);
  expect(saved[0].settings.alertThresholds).toEqual({ oldDisputeDays: 180, singleShare: 0.5 });
  await open(book);
  expect(
    (screen.getByRole("combobox", { name: ALERT_SETTINGS_TEXT.en.oldDisputeDays }) as HTMLSelectElement).value,
  ).toBe("180");
  expect(await alertKinds()).not.toContain("Old dispute");
}, 90_000);

test("in Chinese the thresholds are labelled in Chinese", async () => {
  await open(handBook(), "zh-CN");
  expect(screen.getByText(ALERT_SETTINGS_TEXT["zh-CN"].title)).toBeTruthy();
  const select = screen.getByRole("combobox", { name: ALERT_SETTINGS_TEXT["zh-CN"].over90Share }) as HTMLSelectElement;
  expect(select.options[0].textContent).toBe("任何金额");
  expect(screen.getByRole("combobox", { name: ALERT_SETTINGS_TEXT["zh-CN"].oldDisputeDays })).toBeTruthy();
}, 60_000);
