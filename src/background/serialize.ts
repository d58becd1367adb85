/**
 * Run async tasks one after another. Each storage write reads, changes and writes the data;
 * two interleaved writes would lose one of them, so the background never runs two at once.
 * A failed task does not block the ones behind it.
 */
export function serialize() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
