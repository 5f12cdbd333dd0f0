/**
 * Group commit: concurrent requests of one kind share a transaction. A batch starts at the end of
 * the event loop's turn (setImmediate), with every request read in that turn; those that arrive
 * while it is being written go together in the next (up to `max`). A lone request waits for
 * nothing but the end of its turn, and a burst costs one transaction per batch instead of one per
 * request. On the embedded database, where every statement is a round trip
 * into WebAssembly, this is what lets a burst of registrations through at several hundred a second.
 */

/** The outcome of one item of a batch. */
export type Outcome<O, E = unknown> = { ok: true; value: O } | { ok: false; error: E };

export function groupCommit<I, O>(
  run: (items: I[]) => Promise<Outcome<O>[]>,
  opts: { max?: number } = {},
): (item: I) => Promise<O> {
  const max = opts.max ?? 64;
  const queue: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  let running = false;

  const settle = async (batch: typeof queue) => {
    let outcomes: Outcome<O>[];
    try {
      outcomes = await run(batch.map((b) => b.item));
    } catch (e) {
      // the whole batch failed (not one item's fault, as far as we can tell): when it held
      // several, each goes again alone, so that one bad item does not fail its neighbours
      if (batch.length === 1) {
        batch[0]?.reject(e);
        return;
      }
      for (const b of batch) await settle([b]);
      return;
    }
    batch.forEach((b, i) => {
      const o = outcomes[i];
      if (!o) b.reject(new Error('no outcome for a batched item'));
      else if (o.ok) b.resolve(o.value);
      else b.reject(o.error);
    });
  };

  const drain = async () => {
    running = true;
    try {
      while (queue.length) await settle(queue.splice(0, max));
    } finally {
      running = false;
    }
  };

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!running) {
        // start after this turn's I/O: requests read in the same turn then go together
        running = true;
        setImmediate(() => void drain());
      }
    });
}
