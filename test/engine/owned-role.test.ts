/**
 * A card whose role names its owner ("Harwick City Zoo's chief executive",
 * "chief executive of …") is asked for by the title and the owner: "who's
 * the boss of the zoo" wants whoever holds that title there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Snow leopard escapes from city zoo

A snow leopard escaped from its enclosure at Harwick City Zoo on Tuesday morning, forcing the evacuation of about 1,800 visitors.

"This was the most serious incident in the zoo's history," said Helen Marsh, the zoo's chief executive, at a press conference. "Our emergency procedures worked as designed."

"Our priority was public safety," Ms Marsh added.

Councillor Graham Pellow, who chairs the council's licensing committee, said the review would report within 12 weeks.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe.each(["who's the boss of the zoo", 'who is the chief executive of the zoo'])(
  'when asked "%s"',
  (question) => {
    it("ranks the zoo chief executive's card first", () => {
      expect(engine.explain(question, 1)[0]).toMatchObject({
        kind: 'entity',
        title: 'Who is Helen Marsh?',
      });
    });
  },
);

describe('when asked who chairs another body', () => {
  it('does not give the chief executive', () => {
    expect(engine.ask('who chairs the licensing committee').answer).not.toContain('Helen Marsh');
  });
});
