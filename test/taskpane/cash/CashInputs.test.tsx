/** The cash plan's inputs: what was typed over the engine's defaults; insurance and borrowing folded away. */
import { fireEvent, screen } from "@testing-library/react";
import { CashInputs } from "../../../src/taskpane/cash/CashInputs";
import { inPane } from "../tabs/analysedPane";

test("shows the defaults under what was typed, and reports a number typed; a blank is not a number", () => {
  const onChange = jest.fn();
  inPane(<CashInputs settings={{ openingCash: 5000 }} onChange={onChange} />);
  expect((screen.getByTestId("cash-opening") as HTMLInputElement).value).toBe("5000");
  expect((screen.getByTestId("cash-buffer") as HTMLInputElement).value).toBe("0");
  fireEvent.change(screen.getByTestId("cash-buffer"), { target: { value: "1500" } });
  fireEvent.change(screen.getByTestId("cash-credit"), { target: { value: " " } });
  expect(onChange.mock.calls).toEqual([[{ minimumCash: 1500 }]]);
});

test("insurance is merged field by field; shares and rates are kept between 0 and 1", () => {
  const onChange = jest.fn();
  inPane(
    <CashInputs
      settings={{
        insurance: { insured: false, indemnityShare: 0.8, protractedDefaultDays: 60, waitingPeriodDays: 150 },
      }}
      onChange={onChange}
    />,
  );
  fireEvent.click(screen.getByTestId("cash-insured"));
  expect(onChange.mock.calls[0][0].insurance).toEqual({
    insured: true,
    indemnityShare: 0.8,
    protractedDefaultDays: 60,
    waitingPeriodDays: 150,
  });
  const share = screen.getByDisplayValue("0.8");
  fireEvent.change(share, { target: { value: "1.7" } });
  expect(onChange.mock.calls.at(-1)[0].insurance.indemnityShare).toBe(1);
  fireEvent.change(screen.getByDisplayValue("0.08"), { target: { value: "-2" } });
  expect(onChange.mock.calls.at(-1)[0]).toEqual({ borrowingRate: 0 });
});
