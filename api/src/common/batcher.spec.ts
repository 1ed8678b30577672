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
});
