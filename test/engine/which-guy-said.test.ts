import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Boaters stranded after canal breach

Residents of more than 20 narrowboats woke on Wednesday to find their homes on the bed of the canal after an embankment gave way overnight.

"Our works stopped at 4.30pm on Tuesday, ten hours before this breach," said Martin Hale, the developer's construction director. "We will co-operate fully with any investigation, but it would be wrong to jump to conclusions about an embankment that is nearly 230 years old."

The trust said its engineers would look at the age of the structure.`;

describe('when asked "which guy said it\'d be wrong to jump to conclusions"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('names the speaker of the words, not only the words', () => {
    expect(
      engine.ask("which guy said it'd be wrong to jump to conclusions").answer ?? '',
    ).toContain('Martin Hale');
  });
});
