import { describe, expect, it } from 'vitest';
import { keptForLastCall } from '../../src/engine/last-call.ts';

describe('a reading kept for the last call', () => {
  const counted = () => {
    const calls: string[] = [];
    const read = keptForLastCall((_story: object, question: string) => {
      calls.push(question);
      return { question };
    });
    return { calls, read };
  };

  it('reads a question once however often it is asked in a row', () => {
    const { calls, read } = counted();
    const context = {};
    const first = read(context, 'who is the mayor');
    expect(read(context, 'who is the mayor')).toBe(first);
    expect(calls).toEqual(['who is the mayor']);
  });

  it('reads again when the question changes, and forgets the one before', () => {
    const { calls, read } = counted();
    const context = {};
    read(context, 'who is the mayor');
    read(context, 'when did it happen');
    read(context, 'who is the mayor');
    expect(calls).toEqual(['who is the mayor', 'when did it happen', 'who is the mayor']);
  });

  it('reads again for another story asked the same question', () => {
    const { calls, read } = counted();
    read({}, 'who is the mayor');
    read({}, 'who is the mayor');
    expect(calls).toHaveLength(2);
  });

  it('reads again when any of four arguments changes, as the card reading has', () => {
    let calls = 0;
    const read = keptForLastCall(
      (_story: object, question: string, terms: readonly string[], need: string | null) => {
        calls++;
        return `${question} ${terms.length} ${need}`;
      },
    );
    const story = {};
    const terms = ['mayor'];
    read(story, 'who is the mayor', terms, 'person');
    read(story, 'who is the mayor', terms, 'person');
    expect(calls).toBe(1);
    read(story, 'who is the mayor', terms, null);
    expect(calls).toBe(2);
    read(story, 'who is the mayor', [...terms], null);
    expect(calls).toBe(3);
  });
});
