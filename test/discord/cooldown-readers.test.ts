import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.ts';

const READERS = 20_000;
const reader = (i: number) => `reader-${i}`;

describe('when 20,000 readers ask within one window', () => {
  it('answers each question without scanning every reader', () => {
    let now = 0;
    const cooldown = new Cooldown({ questions: 2, windowMs: 60_000 }, () => now);
    let refused = 0;
    const started = performance.now();
    for (let i = 0; i < READERS; i += 1) {
      now += 1;
      if (cooldown.take(reader(i)) > 0) refused += 1;
    }
    for (let i = 0; i < READERS; i += 1) if (cooldown.take(reader(i)) > 0) refused += 1;
    // A scan of 10,000+ readers per question costs seconds here; a lookup costs microseconds.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(refused).toBe(0);
    expect(cooldown.tracked).toBe(READERS);
  });

  it('still refuses the question over the limit, and says how long to wait', () => {
    let now = 0;
    const cooldown = new Cooldown({ questions: 2, windowMs: 60_000 }, () => now);
    for (let i = 0; i < READERS; i += 1) cooldown.take(reader(i));
    now = 1000;
    expect(cooldown.take(reader(7))).toBe(0);
    expect(cooldown.take(reader(7))).toBe(59_000);
  });
});

describe('when readers stop asking', () => {
  it('forgets them once their window has passed, keeping those still inside it', () => {
    let now = 0;
    const cooldown = new Cooldown({ questions: 5, windowMs: 10_000 }, () => now);
    for (let i = 0; i < READERS; i += 1) cooldown.take(reader(i));
    now = 5_000;
    cooldown.take('late-reader');
    expect(cooldown.tracked).toBe(READERS + 1);
    now = 10_000;
    cooldown.take('another');
    expect(cooldown.tracked).toBe(2);
    now = 15_000;
    cooldown.take('another');
    expect(cooldown.tracked).toBe(1);
  });

  it('keeps a reader who asked again, even if they first asked before the others', () => {
    let now = 0;
    const cooldown = new Cooldown({ questions: 5, windowMs: 10_000 }, () => now);
    cooldown.take('early');
    now = 1;
    for (let i = 0; i < 100; i += 1) cooldown.take(reader(i));
    now = 9_000;
    cooldown.take('early');
    now = 10_500;
    cooldown.take('early');
    expect(cooldown.tracked).toBe(1);
  });
});
