/**
 * Runs tasks one after another, in the order they were queued: for a read-modify-write of one
 * stored value that several tabs can ask for at the same moment (two tabs' writes interleaved
 * would keep only the last). A failed task does not stop the ones after it.
 */
export function createSerial(): <T>(task: () => Promise<T>) => Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = chain.then(task, task);
    chain = next.catch(() => undefined);
    return next;
  };
}
