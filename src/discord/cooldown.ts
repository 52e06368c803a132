/** How many questions a reader may ask in a sliding window. */
export interface CooldownSettings {
  questions: number;
  windowMs: number;
}

/** Milliseconds since the epoch; tests pass a clock they control. */
export type Clock = () => number;

/**
 * A per-reader sliding window: at most `questions` questions in any
 * `windowMs`. It protects the channel from floods, not the engine.
 *
 * Every counted question also joins a queue in the order asked, so the
 * questions whose window has passed are always at its front: each `take`
 * drops them from there, forgetting a reader when it was their last one,
 * and stops at the first question still inside the window. Each question
 * leaves the queue once, so the cost is O(1) amortised however many
 * readers are tracked.
 */
export class Cooldown {
  private readonly recent = new Map<string, number[]>();
  private readonly asked: { userId: string; at: number }[] = [];
  private head = 0;

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
    this.forgetIdle(now);
    const times = (this.recent.get(userId) ?? []).filter((t) => now - t < this.settings.windowMs);
    if (times.length >= this.settings.questions) {
      const oldest = times[0] ?? now;
      return Math.max(1, oldest + this.settings.windowMs - now);
    }
    times.push(now);
    this.recent.set(userId, times);
    this.asked.push({ userId, at: now });
    return 0;
  }

  /** How many readers asked within the window and are still remembered. */
  get tracked(): number {
    return this.recent.size;
  }

  private forgetIdle(now: number): void {
    const { windowMs } = this.settings;
    for (let oldest = this.asked[this.head]; oldest; oldest = this.asked[this.head]) {
      if (now - oldest.at < windowMs) break;
      this.head += 1;
      const last = this.recent.get(oldest.userId)?.at(-1);
      if (last !== undefined && now - last >= windowMs) this.recent.delete(oldest.userId);
    }
    // Drop the spent front in one go once it is half the queue: amortised O(1).
    if (this.head > 1024 && this.head * 2 > this.asked.length) {
      this.asked.splice(0, this.head);
      this.head = 0;
    }
  }
}
