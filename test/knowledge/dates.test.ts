import { describe, expect, it } from 'vitest';
import { NormalizedDateSchema } from '../../src/knowledge/schema.ts';

/** The messages the date schema gives for `date`, by the field they point at. */
function dateProblems(date: unknown): Record<string, string> {
  const result = NormalizedDateSchema.safeParse(date);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('a normalized date', () => {
  it('accepts each precision in its own form', () => {
    for (const date of [
      { value: '2015', precision: 'year', inferred: false },
      { value: '2024-12', precision: 'month', inferred: true },
      { value: '2024-12', precision: 'part-of-month', part: 'early', inferred: true },
      { value: '2024-12-08', precision: 'day', inferred: true },
      { value: null, precision: 'unknown', inferred: false },
    ]) {
      expect(dateProblems(date), JSON.stringify(date)).toEqual({});
    }
  });

  it('accepts February 29 in a leap year and rejects it in another', () => {
    expect(dateProblems({ value: '2024-02-29', precision: 'day', inferred: false })).toEqual({});
    expect(dateProblems({ value: '2025-02-29', precision: 'day', inferred: false })).toEqual({
      value: '"2025-02-29" is not a real calendar day',
    });
  });

  it('rejects a value in the form of another precision, naming the form it wants', () => {
    expect(dateProblems({ value: '2024-12', precision: 'year', inferred: false })).toEqual({
      value: '"2024-12" is not a valid year date (expected YYYY)',
    });
  });

  it('rejects a null value when the precision promises one', () => {
    expect(dateProblems({ value: null, precision: 'month', inferred: false })).toEqual({
      value: 'null is not a valid month date (expected YYYY-MM)',
    });
  });

  it('rejects a value on a date of unknown precision', () => {
    expect(dateProblems({ value: '2025', precision: 'unknown', inferred: false })).toEqual({
      value: 'a date of unknown precision must have value null',
    });
  });

  it('reports a wrong part and a wrong value together', () => {
    expect(dateProblems({ value: '2024', precision: 'day', part: 'mid', inferred: false })).toEqual(
      {
        part: 'part "mid" goes only with precision part-of-month, not day',
        value: '"2024" is not a valid day date (expected YYYY-MM-DD)',
      },
    );
  });
});
