/**
 * Runs concurrent single calls as batches (group commit): the first call starts a batch at once,
 * and calls that arrive while batches are running wait and go together into the next one. Light
 * traffic pays no delay; heavy traffic pays one round trip per batch instead of one per call.
 */
export class Batcher<Item, Result> {
  private readonly queue: { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }[] = [];
  private running = 0;

  constructor(
    /** Answers a batch of items: one result per item, in the same order. */
    private readonly runBatch: (items: Item[]) => Promise<Result[]>,
    private readonly options: { maxBatchSize: number; maxConcurrentBatches: number },
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.running < this.options.maxConcurrentBatches && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatchSize);
      this.running++;
      this.runBatch(batch.map((entry) => entry.item))
        .then(
          (results) => batch.forEach((entry, index) => entry.resolve(results[index])),
          (error: unknown) => batch.forEach((entry) => entry.reject(error)),
        )
        .finally(() => {
          this.running--;
          this.drain();
        });
    }
  }
}
