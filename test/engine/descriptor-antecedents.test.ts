import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonMeant } from '../../src/engine/antecedents.ts';
import { DescriptorAntecedents } from '../../src/engine/descriptor-antecedents.ts';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { unitSentencesWithQuotes } from '../../src/engine/sentences.ts';
import type { Entity } from '../../src/knowledge/schema.ts';
import { personEntity } from '../support/entities.ts';
import { freshEngine } from '../support/one-off.ts';

/** A person as ingest drafts them: the description is what the article calls them. */

const costa = personEntity('Ruben Costa', '24');
const holt = personEntity('Lena Holt', 'striker');
const fry = personEntity('Dean Fry', "the club's captain");

/** Whom each sentence of a one-passage article means by the descriptor it opens on, written as the answer writes it. */
const meantIn = (passage: string, entities: Entity[] = [costa, holt, fry]) => {
  const article = unitSentencesWithQuotes(passage);
  const shown = (meant: PersonMeant | null, at: number) =>
    meant === null ? null : `${article[at]?.text.slice(0, meant.after)} [${meant.name}]`;
  return new DescriptorAntecedents(entities, [article]).describedBehind(article).map(shown);
};

const NAMED =
  "Ruben Costa, 24, scored first, striker Lena Holt added a second and Dean Fry, the club's captain, pulled one back.";

describe('a sentence opening on what the article called someone before', () => {
  it('means the one person the article gave that age: "The 24-year-old"', () => {
    expect(meantIn(`${NAMED} The 24-year-old was sent off in the 80th minute.`)).toEqual([
      null,
      'The 24-year-old [Ruben Costa]',
    ]);
  });

  it('means the one person a role noun was attached to, before the name or set off after it', () => {
    expect(
      meantIn(`${NAMED} "We were too slow," the striker said. The club's captain was booked.`),
    ).toEqual([
      null,
      '"We were too slow," the striker [Lena Holt]',
      "The club's captain [Dean Fry]",
    ]);
  });

  it('reads an age written before a name and role: "24-year-old winger Ruben Costa"', () => {
    expect(
      meantIn('The 24-year-old winger Ruben Costa scored. The 24-year-old was sent off.', [
        personEntity('Ruben Costa', 'winger'),
      ]),
    ).toEqual([null, 'The 24-year-old [Ruben Costa]']);
  });

  it('means no one when two people named before fit', () => {
    const other = personEntity('Sam Reid', 'striker');
    expect(
      meantIn('Striker Lena Holt and striker Sam Reid both started. The striker was booked.', [
        holt,
        other,
      ]),
    ).toEqual([null, null]);
  });

  it('means no one not named before it, nor one the sentence names itself', () => {
    expect(
      meantIn(
        'The striker was booked. Striker Lena Holt scored. The striker, Lena Holt, was replaced.',
        [holt],
      ),
    ).toEqual([null, null, null]);
  });

  it("leaves a quotation's descriptor, and a possessive one, alone", () => {
    expect(
      meantIn(`${NAMED} "The striker was brilliant," Fry said. The striker's shot hit the post.`),
    ).toEqual([null, null, null]);
  });
});

describe('an article that names a player once and then says "the 24-year-old"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Rovers draw after late red card',
        'Rovers were held to a 2-2 draw on Saturday after playing the last ten minutes with ten men.',
        'Ruben Costa, 24, gave Rovers the lead with a header in the 12th minute.',
        'The 24-year-old was sent off in the 80th minute for a second booking.',
      ].join('\n\n'),
    );
  });

  it('answers a question naming him with that sentence, and says whom it means', () => {
    const answer = engine.ask('was ruben costa sent off');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('The 24-year-old [Ruben Costa] was sent off');
  });
});
