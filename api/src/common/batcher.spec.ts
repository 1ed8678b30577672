import { Batcher } from './batcher';

describe('Batcher', () => {
  it('answers a lone call at once, in a batch of one', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher(async (items: number[]) => {
      batches.push(items);
      return items.map((item) => item * 2);
    }, { maxBatchSize: 10, maxConcurrentBatches: 1 });
    await expect(batcher.submit(21)).resolves.toBe(42);
    expect(batches).toEqual([[21]]);
  });

  it('groups the calls that arrive while a batch runs, each getting its own result', async () => {
    const batches: number[][] = [];
    const batcher = new Batcher(async (items: number[]) => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return items.map((item) => item + 1);
    }, { maxBatchSize: 3, maxConcurrentBatches: 1 });
    const results = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((item) => batcher.submit(item)));
    expect(results).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6, 7]]);
  });

  it('fails every call of a failed batch, and goes on with the next', async () => {
    let calls = 0;
    const batcher = new Batcher(async (items: string[]) => {
      calls++;
      if (calls === 1) throw new Error('database restarting');
      return items;
    }, { maxBatchSize: 10, maxConcurrentBatches: 1 });
    await expect(batcher.submit('a')).rejects.toThrow('database restarting');
    await expect(batcher.submit('b')).resolves.toBe('b');
  });

  it('isolates the item the database refuses: the others of its batch succeed', async () => {
    const batches: string[][] = [];
    const refused = (items: string[]) => items.includes('bad');
    const batcher = new Batcher(
      async (items: string[]) => {
        batches.push(items);
        await new Promise((resolve) => setTimeout(resolve, 2));
        if (refused(items)) throw Object.assign(new Error('invalid byte sequence'), { code: '22021' });
        return items.map((item) => item.toUpperCase());
      },
      { maxBatchSize: 10, maxConcurrentBatches: 1, isItemFault: (error) => (error as { code?: string }).code === '22021' },
    );
    const items = ['first', 'a', 'b', 'bad', 'c', 'd', 'e', 'f'];
    const outcomes = await Promise.allSettled(items.map((item) => batcher.submit(item)));
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : 'refused'))).toEqual(['FIRST', 'A', 'B', 'refused', 'C', 'D', 'E', 'F']);
    // The failing batch of seven was split, not retried one by one: fewer statements than items.
    expect(batches.length).toBeLessThan(items.length + 2);
    expect(batches.filter((batch) => batch.length === 1 && batch[0] === 'bad')).toHaveLength(1);
  });

  it('does not split a batch that failed for a reason no item caused', async () => {
    let calls = 0;
    const batcher = new Batcher(
      async (items: string[]) => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 2));
        throw Object.assign(new Error('Connection terminated'), { items });
      },
      { maxBatchSize: 10, maxConcurrentBatches: 1, isItemFault: () => false },
    );
    const outcomes = await Promise.allSettled(['a', 'b', 'c', 'd'].map((item) => batcher.submit(item)));
    expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
    expect(calls).toBe(2);
  });
});
