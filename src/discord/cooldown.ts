/** How many questions a reader may ask in a sliding window. */
export interface CooldownSettings {
  questions: number;
  windowMs: number;
}

/** Milliseconds since the epoch; tests pass a clock they control. */
export type Clock = () => number;

// Readers who stopped asking are forgotten once this many are tracked.
const SWEEP_AT = 10_000;

/**
 * A per-reader sliding window: at most `questions` questions in any
 * `windowMs`. It protects the channel from floods, not the engine.
 */
export class Cooldown {
  private readonly recent = new Map<string, number[]>();

  constructor(
    readonly settings: CooldownSettings,
    private readonly now: Clock = Date.now,
  ) {}

  /**
   * Counts a question from `userId`. Returns 0 when it may be answered, or
   * how many milliseconds until it could be; a refused question is not counted.
   */
  take(userId: string): number {
    const now = this.now();
    if (this.recent.size >= SWEEP_AT) this.sweep(now);
    const times = this.inWindow(userId, now);
    if (times.length >= this.settings.questions) {
      const oldest = times[0] ?? now;
      return Math.max(1, oldest + this.settings.windowMs - now);
    }
    times.push(now);
    this.recent.set(userId, times);
    return 0;
  }

  private inWindow(userId: string, now: number): number[] {
    return (this.recent.get(userId) ?? []).filter((t) => now - t < this.settings.windowMs);
  }

  private sweep(now: number): void {
    for (const userId of [...this.recent.keys()]) {
      const times = this.inWindow(userId, now);
      if (times.length === 0) this.recent.delete(userId);
      else this.recent.set(userId, times);
    }
  }
}
