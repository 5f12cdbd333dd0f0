import { describe, expect, it } from 'vitest';
import { groupCommit, type Outcome } from './group-commit';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('groupCommit', () => {
  it('groups the items of one turn, then those that arrive while a batch is written', async () => {
    const batches: number[][] = [];
    const submit = groupCommit<number, number>(async (items) => {
      batches.push(items);
      await tick();
      return items.map((x) => ({ ok: true, value: x * 10 }));
    });
    const first = [1, 2].map(submit);
    // the first batch is being written once the turn has ended
    await new Promise((r) => setImmediate(r));
    const later = [3, 4].map(submit);
    expect(await Promise.all([...first, ...later])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    // a lone item still goes through
    expect(await submit(5)).toBe(50);
  });

  it('fails one item alone, and keeps batches within the maximum', async () => {
    const batches: number[][] = [];
    const submit = groupCommit<number, number>(
      async (items) => {
        batches.push(items);
        await tick();
        return items.map(
          (x): Outcome<number> =>
            x === 3 ? { ok: false, error: new Error('three') } : { ok: true, value: x },
        );
      },
      { max: 2 },
    );
    const all = [1, 2, 3, 4, 5].map((x) =>
      submit(x).then(
        (v) => `ok ${v}`,
        (e: Error) => e.message,
      ),
    );
    expect(await Promise.all(all)).toEqual(['ok 1', 'ok 2', 'three', 'ok 4', 'ok 5']);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('retries each item alone when a whole batch throws, so only the culprit fails', async () => {
    const calls: number[][] = [];
    const submit = groupCommit<number, number>(async (items) => {
      calls.push(items);
      await tick();
      if (items.includes(3)) throw new Error('constraint violated');
      return items.map((x) => ({ ok: true, value: x }));
    });
    const all = [1, 2, 3, 4].map((x) => submit(x).then(String, (e: Error) => e.message));
    expect(await Promise.all(all)).toEqual(['1', '2', 'constraint violated', '4']);
    expect(calls).toEqual([[1, 2, 3, 4], [1], [2], [3], [4]]);
  });
});
