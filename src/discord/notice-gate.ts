import type { Clock } from './cooldown.ts';

/**
 * At most one notice per reader per window: a reader flooding mentions
 * hears once that they are asking too fast, then gets silence until the
 * window has passed, so the refusals cannot flood the channel themselves.
 */
export class NoticeGate {
  // Insertion order is time order (a re-notice moves to the end), so the
  // expired readers are always at the front: each is dropped once, O(1) amortised.
  private readonly noticedAt = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly now: Clock = Date.now,
  ) {}

  /** True (and counted) when `userId` may be told now; false while their last notice is recent. */
  allow(userId: string): boolean {
    const now = this.now();
    this.dropExpired(now);
    if (this.noticedAt.has(userId)) return false;
    this.noticedAt.set(userId, now);
    return true;
  }

  private dropExpired(now: number): void {
    for (const [userId, at] of this.noticedAt) {
      if (now - at < this.windowMs) return;
      this.noticedAt.delete(userId);
    }
  }
}
