/* A turn of the page's event loop without the timers' 4 ms clamp; work in slices of SLICE_MS. */
import { SLICE_MS, TimeSlices, pageTurn } from "../../../src/taskpane/analysis/pageTurn";

afterEach(() => jest.restoreAllMocks());

test("a turn is a task of its own, by a message to a channel whose port is then closed", async () => {
  const close = jest.spyOn(MessagePort.prototype, "close");
  const timer = jest.spyOn(globalThis, "setTimeout");
  const order: string[] = [];
  const turn = pageTurn().then(() => order.push("turn"));
  void Promise.resolve().then(() => order.push("microtask"));
  await turn;
  expect(order).toEqual(["microtask", "turn"]);
  expect(close).toHaveBeenCalledTimes(1); // an open port would keep Node's event loop alive
  expect(timer).not.toHaveBeenCalled();
});

test("without MessageChannel, a timer gives the turn", async () => {
  const channel = globalThis.MessageChannel;
  const timer = jest.spyOn(globalThis, "setTimeout");
  try {
    (globalThis as { MessageChannel?: unknown }).MessageChannel = undefined;
    await pageTurn();
    expect(timer).toHaveBeenCalledTimes(1);
  } finally {
    globalThis.MessageChannel = channel;
  }
});

test("slices: not due until SLICE_MS have passed since the last turn, then due until the next turn", async () => {
  let now = 1000;
  jest.spyOn(performance, "now").mockImplementation(() => now);
  const slices = new TimeSlices();
  now += SLICE_MS - 1;
  expect(slices.due()).toBe(false);
  now += 1;
  expect(slices.due()).toBe(true);
  expect(slices.due()).toBe(true);
  await slices.turn();
  expect(slices.due()).toBe(false);
  now += SLICE_MS;
  expect(slices.due()).toBe(true);
});
