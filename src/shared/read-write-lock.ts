/**
 * Many readers or one writer, first come first served: a writer waits for the readers before it,
 * and readers arriving after a waiting writer wait for it (so a stream of readers cannot starve
 * it). Used by a worker's live projection: jobs read it together, a patch waits for them.
 */
export class ReadWriteLock {
  private readers = 0;
  private writing = false;
  private readonly waiting: { write: boolean; start: () => void }[] = [];

  async read<T>(work: () => Promise<T> | T): Promise<T> {
    await this.acquire(false);
    try {
      return await work();
    } finally {
      this.readers--;
      this.wake();
    }
  }

  async write<T>(work: () => Promise<T> | T): Promise<T> {
    await this.acquire(true);
    try {
      return await work();
    } finally {
      this.writing = false;
      this.wake();
    }
  }

  private acquire(write: boolean): Promise<void> {
    return new Promise((start) => {
      this.waiting.push({ write, start });
      this.wake();
    });
  }

  private wake(): void {
    while (this.waiting.length > 0 && !this.writing) {
      const next = this.waiting[0]!;
      if (next.write) {
        if (this.readers > 0) return;
        this.writing = true;
      } else this.readers++;
      this.waiting.shift();
      next.start();
    }
  }
}
