/** The header: the add-in's name and the language switch, in both languages. */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PaneHeader } from "../../../src/taskpane/sections/PaneHeader";
import { show } from "./paneFakes";

describe("the pane's header", () => {
  test("names the add-in and switches the language", async () => {
    const onLanguage = jest.fn();
    show(<PaneHeader language="en" onLanguage={onLanguage} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("AR Lens");
    expect(screen.getByText("Receivables analysis")).toBeTruthy();
    const select = screen.getByRole("combobox", { name: "Language" }) as HTMLSelectElement;
    expect(select.value).toBe("en");
    await userEvent.selectOptions(select, "zh-CN");
    expect(onLanguage).toHaveBeenCalledWith("zh-CN");
  });

  test("in Chinese", () => {
    show(<PaneHeader language="zh-CN" onLanguage={jest.fn()} />, "zh-CN");
    expect(screen.getByText("应收账款分析")).toBeTruthy();
    const select = screen.getByRole("combobox", { name: "语言" }) as HTMLSelectElement;
    expect(select.value).toBe("zh-CN");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["English", "中文"]);
  });
});
