interface Entry<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs concurrent single calls as batches (group commit): the first call starts a batch at once,
 * and calls that arrive while batches are running wait and go together into the next one. Light
 * traffic pays no delay; heavy traffic pays one round trip per batch instead of one per call.
 */
export class Batcher<Item, Result> {
  private readonly queue: Entry<Item, Result>[] = [];
  private running = 0;

  constructor(
    /** Answers a batch of items: one result per item, in the same order. */
    private readonly runBatch: (items: Item[]) => Promise<Result[]>,
    private readonly options: {
      maxBatchSize: number;
      maxConcurrentBatches: number;
      /**
       * Whether a failed batch may be the fault of one of its items (a value the database refuses)
       * rather than of the moment (a database that is down). Such a batch is split in halves and
       * each half run again, down to the one item that fails alone: callers never fail for a
       * stranger's bad row. Unset: a failed batch fails all its calls.
       */
      isItemFault?: (error: unknown) => boolean;
    },
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
      void this.settle(batch).finally(() => {
        this.running--;
        this.drain();
      });
    }
  }

  private async settle(batch: Entry<Item, Result>[]): Promise<void> {
    let results: Result[];
    try {
      results = await this.runBatch(batch.map((entry) => entry.item));
    } catch (error) {
      if (batch.length > 1 && this.options.isItemFault?.(error)) {
        const middle = Math.ceil(batch.length / 2);
        await this.settle(batch.slice(0, middle));
        await this.settle(batch.slice(middle));
      } else {
        batch.forEach((entry) => entry.reject(error));
      }
      return;
    }
    batch.forEach((entry, index) => entry.resolve(results[index]));
  }
}
