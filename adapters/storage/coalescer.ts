interface Waiting<T, R> {
  readonly item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit: calls made while a flush is in flight (or within the same tick) are written together by
 * the next flush, one batch of at most `max`. Under load a backend then takes one transaction, one sync
 * or one script for many changes; alone, a call waits for nothing but its own write.
 */
export class Coalescer<T, R> {
  private waiting: Waiting<T, R>[] = [];
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly flush: (items: readonly T[]) => Promise<readonly (R | Rejected)[]>,
    private readonly max = 256,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.flushing ??= this.run();
    });
  }

  /** Resolves once everything submitted so far is written. */
  async drained(): Promise<void> {
    while (this.flushing !== undefined) await this.flushing;
  }

  private async run(): Promise<void> {
    // Lets the calls of the current tick join the first batch.
    await Promise.resolve();
    while (this.waiting.length > 0) {
      const batch = this.waiting.slice(0, this.max);
      this.waiting = this.waiting.slice(batch.length);
      try {
        const results = await this.flush(batch.map((w) => w.item));
        batch.forEach((w, i) => {
          const result = results[i];
          if (result instanceof Rejected) w.reject(result.error);
          else w.resolve(result as R);
        });
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.flushing = undefined;
  }
}

/** One item of a batch that failed on its own, while the others were written. */
export class Rejected {
  constructor(readonly error: unknown) {}
}
