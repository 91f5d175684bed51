/** The company's details form: asked for before the first document, saved only when the required ones are given. */
import { fireEvent, screen } from "@testing-library/react";
import { EMPTY_COMPANY } from "../../../../src/engine";
import { CompanyForm } from "../../../../src/taskpane/components/desk/CompanyForm";
import { inPane } from "../../tabs/analysedPane";

test("names the required details still missing, and saves once they are given", () => {
  const onSave = jest.fn();
  inPane(<CompanyForm initial={EMPTY_COMPANY} busy={false} onSave={onSave} onCancel={() => {}} />);
  fireEvent.change(screen.getByTestId("company-name"), { target: { value: "Acme Trading" } });
  fireEvent.submit(screen.getByTestId("company-form"));
  expect(onSave).not.toHaveBeenCalled();
  expect(screen.getByRole("alert").textContent).toContain("Address");
  expect(screen.getByRole("alert").textContent).not.toContain("Company name");
  for (const [key, value] of [
    ["address", "1 Main St"],
    ["contact", "Li Wei 021-5555"],
    ["bank", "Bank of China"],
    ["account", "6222 0001"],
  ])
    fireEvent.change(screen.getByTestId(`company-${key}`), { target: { value } });
  fireEvent.submit(screen.getByTestId("company-form"));
  expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ name: "Acme Trading", account: "6222 0001" }));
});

test("Cancel calls back; both buttons wait while busy; in Chinese", () => {
  const onCancel = jest.fn();
  inPane(<CompanyForm initial={EMPTY_COMPANY} busy={false} onSave={() => {}} onCancel={onCancel} />, "zh-CN");
  expect(screen.getByRole("button", { name: "保存并生成" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "取消" }));
  expect(onCancel).toHaveBeenCalled();
  inPane(<CompanyForm initial={EMPTY_COMPANY} busy={true} onSave={() => {}} onCancel={onCancel} />);
  expect((screen.getByRole("button", { name: "Save and write" }) as HTMLButtonElement).disabled).toBe(true);
});
