import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Charity says flood sirens were silent

Residents of Lowmoor were given no warning before the river burst its banks on Sunday night, a charity has said.

The Safer Rivers Trust, a flood-safety charity, said it had spoken to 40 households who heard no siren.

"People woke up to water in their kitchens," said Anita Roe, the trust's chief executive.

The council said the sirens had been tested in March.`;

describe('when asked "who is the safer rivers trust"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('says what the trust is', () => {
    const answer = engine.ask('who is the safer rivers trust');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('flood-safety charity');
  });

  it('does not answer with its chief executive', () => {
    expect(engine.ask('who is the safer rivers trust').answer ?? '').not.toContain('Anita Roe');
  });
});

describe('when asked "who is the head of the safer rivers trust"', () => {
  it('still answers with its chief executive', async () => {
    const engine = await freshEngine(ARTICLE);
    const answer = engine.ask('who is the head of the safer rivers trust');
    expect(answer.answer).toContain('Anita Roe');
  });
});
