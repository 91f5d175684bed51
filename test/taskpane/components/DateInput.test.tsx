/**
 * A date typed as every other date in AR Lens is written (ISO 2025-06-30), never the browser's mm/dd/yyyy picker:
 * a text box that reports a date once what is typed is one, and says when it is not.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { DateInput } from "../../../src/taskpane/components/DateInput";
import { TextsContext, makeTexts } from "../../../src/taskpane/i18n";

function Harness({
  start,
  seen,
  allowEmpty,
}: {
  start: number | null;
  seen: (v: number | null) => void;
  allowEmpty?: boolean;
}) {
  const [value, setValue] = useState<number | null>(start);
  return (
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={makeTexts("zh-CN")}>
        <DateInput
          aria-label="as of"
          value={value}
          allowEmpty={allowEmpty}
          onChange={(v) => {
            seen(v);
            setValue(v);
          }}
        />
        <button onClick={() => setValue(serialFromYmd(2024, 1, 31))}>outside</button>
      </TextsContext.Provider>
    </FluentProvider>
  );
}

test("shows the date in ISO in a text box (no native picker), with the format as its placeholder", () => {
  render(<Harness start={serialFromYmd(2025, 6, 30)} seen={() => {}} />);
  const box = screen.getByLabelText("as of") as HTMLInputElement;
  expect(box.type).toBe("text");
  expect(box.value).toBe("2025-06-30");
  expect(box.placeholder).toBe("YYYY-MM-DD");
  expect(box.getAttribute("data-kind")).toBe("date");
});

test("a typed date is reported; half-typed or wrong text is marked invalid and not reported", () => {
  const seen = jest.fn();
  render(<Harness start={serialFromYmd(2025, 6, 30)} seen={seen} />);
  const box = screen.getByLabelText("as of") as HTMLInputElement;
  fireEvent.change(box, { target: { value: "2025-07" } });
  expect(seen).not.toHaveBeenCalled();
  expect(box.getAttribute("aria-invalid")).toBe("true");
  expect(box.value).toBe("2025-07");
  fireEvent.change(box, { target: { value: "2025-07-31" } });
  expect(seen).toHaveBeenLastCalledWith(serialFromYmd(2025, 7, 31));
  expect(box.getAttribute("aria-invalid")).toBe("false");
});

test("a date changed elsewhere shows; an empty box is a date left out only where that is allowed", () => {
  const seen = jest.fn();
  render(<Harness start={null} seen={seen} allowEmpty />);
  const box = screen.getByLabelText("as of") as HTMLInputElement;
  expect(box.value).toBe("");
  fireEvent.click(screen.getByText("outside"));
  expect(box.value).toBe("2024-01-31");
  fireEvent.change(box, { target: { value: "" } });
  expect(seen).toHaveBeenLastCalledWith(null);
  expect(box.getAttribute("aria-invalid")).toBe("false");
});
