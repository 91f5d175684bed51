import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { axe } from "jest-axe";
import { CheckStatus } from "../../../src/taskpane/components/CheckStatus";

const inFluent = (node: React.ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

test("checking: a spinner labelled with the text, announced politely", async () => {
  const view = inFluent(<CheckStatus state="checking" text="Checking…" testId="s" />);
  const status = screen.getByTestId("s");
  expect(status.getAttribute("role")).toBe("status");
  expect(status.getAttribute("aria-live")).toBe("polite");
  expect(status.querySelector(".fui-Spinner")).not.toBeNull();
  expect(status.textContent).toBe("Checking…");
  expect(await axe(view.container)).toHaveNoViolations();
});

test("failed: the text alone, no spinner", () => {
  inFluent(<CheckStatus state="failed" text="Could not be run." testId="s" />);
  const status = screen.getByTestId("s");
  expect(status.querySelector(".fui-Spinner")).toBeNull();
  expect(status.textContent).toBe("Could not be run.");
});
