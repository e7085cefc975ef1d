/** Reads a byte stream with a look-ahead, so a format can be sniffed before the stream is consumed. */
export class ByteReader {
  private readonly iterator: AsyncIterator<Uint8Array | string>;
  private buffered: Uint8Array[] = [];
  private bufferedBytes = 0;
  private done = false;

  constructor(source: AsyncIterable<Uint8Array | string>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Up to `count` leading bytes, without consuming them. */
  async peek(count: number): Promise<Uint8Array> {
    while (this.bufferedBytes < count && !this.done) {
      const chunk = await this.next();
      if (chunk === undefined) break;
      this.buffered.push(chunk);
      this.bufferedBytes += chunk.length;
    }
    return Buffer.concat(this.buffered).subarray(0, count);
  }

  /** Every remaining chunk, look-ahead first. */
  async *chunks(): AsyncGenerator<Uint8Array> {
    const buffered = this.buffered;
    this.buffered = [];
    this.bufferedBytes = 0;
    yield* buffered;
    for (;;) {
      const chunk = await this.next();
      if (chunk === undefined) return;
      yield chunk;
    }
  }

  /** All remaining bytes, or `undefined` as soon as there are more than `cap` (the rest is left unread). */
  async readAll(cap: number): Promise<Buffer | undefined> {
    const parts: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of this.chunks()) {
      total += chunk.length;
      if (total > cap) return undefined;
      parts.push(chunk);
    }
    return Buffer.concat(parts);
  }

  /** Stop reading and release the underlying stream. */
  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.iterator.return?.();
  }

  private async next(): Promise<Uint8Array | undefined> {
    if (this.done) return undefined;
    const result = await this.iterator.next();
    if (result.done) {
      this.done = true;
      return undefined;
    }
    return typeof result.value === 'string' ? Buffer.from(result.value, 'utf8') : result.value;
  }
}
