/**
 * Keeps each write request under Excel on the web's 5 MB payload limit. Reads cost a constant number
 * of syncs; writes cost one sync per `limitBytes` of queued data (one for any ordinary annex), because
 * the limit is per request and queued commands all travel in the next sync.
 */

/** Bytes queued per request before a sync: well below 5 MB, since the estimate is rough. */
export const DEFAULT_CHUNK_BYTES = 1_000_000;

/** Estimated bytes of one formatting or structure command. */
export const COMMAND_BYTES = 200;

export class WriteBatch {
  private pending = 0;
  private open = false;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limitBytes: number = DEFAULT_CHUNK_BYTES,
  ) {}

  /** Accounts for commands about to be queued; syncs what is pending first if they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limitBytes) await this.flush();
    if (!this.open) {
      // Suspended only until the next sync, so it is re-queued for each request of a long write.
      this.context.application.suspendApiCalculationUntilNextSync();
      this.context.application.suspendScreenUpdatingUntilNextSync();
      this.open = true;
    }
    this.pending += bytes;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.pending = 0;
    this.open = false;
  }
}
