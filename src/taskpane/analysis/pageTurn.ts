/**
 * A turn of the page's event loop: what is waiting (a key press, a paint, a worker's message) runs before the caller
 * goes on. setTimeout(…, 0) gives one too, but a browser holds a timer set from a timer's callback — five deep or
 * more — for at least 4 ms (the HTML standard's timer clamping): a million rows posted in 900 pieces, a turn after
 * each, waited 3.7 s on it. A message to a channel of our own is a task without that wait. Where there is no
 * MessageChannel, setTimeout.
 */
export function pageTurn(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close(); // a port left open keeps Node's event loop alive
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The longest the page's thread works between two turns when it has work cut in pieces (a frame at 60 Hz). */
export const SLICE_MS = 16;

/**
 * Pieces of work done several to a task: `due()` is true once SLICE_MS have passed since the last turn — then the
 * caller awaits `turn()`, which starts the next slice. Fewer turns than one per piece, and none of them long.
 */
export class TimeSlices {
  private start = now();

  due(): boolean {
    return now() - this.start >= SLICE_MS;
  }

  async turn(): Promise<void> {
    await pageTurn();
    this.start = now();
  }
}

function now(): number {
  return globalThis.performance?.now?.() ?? Date.now();
}
