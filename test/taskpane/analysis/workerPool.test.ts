import { singleUse, workerPool } from "../../../src/taskpane/analysis/workerPool";

type Fake = Worker & { terminated: boolean };
const fake = (): Fake => {
  const w = { terminated: false, terminate: () => (w.terminated = true) };
  return w as unknown as Fake;
};

test("the pool keeps one worker idle and gives it to the next analysis; a second one finishing is terminated", () => {
  const started: Fake[] = [];
  const pool = workerPool(() => (started.push(fake()), started[started.length - 1]));
  const a = pool.take()!;
  const b = pool.take()!; // a second analysis while the first runs: a worker of its own
  expect(started).toHaveLength(2);
  pool.giveBack(a);
  pool.giveBack(b);
  expect([(a as (typeof started)[0]).terminated, (b as (typeof started)[0]).terminated]).toEqual([false, true]);
  expect(pool.take()).toBe(a);
  expect(pool.take()).toBe(started[2]); // none idle: a new one
});

test("no Worker on the page: null, and nothing kept", () => {
  const pool = workerPool(() => null);
  expect(pool.take()).toBeNull();
});

test("single use: a new worker each time, terminated when given back", () => {
  const w = fake();
  const workers = singleUse(() => w);
  expect(workers.take()).toBe(w);
  workers.giveBack(w);
  expect(w.terminated).toBe(true);
});
