import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { STOPWORDS } from '../../src/engine/stopwords.ts';
import { isStretched, shortenedForms } from '../../src/engine/stretched.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { bundledStory, storyOfPassages } from '../support/story.ts';

async function engineFor(title: string, passages: readonly string[]): Promise<StoryEngine> {
  // No lexicon was written for it, so only general English reads the chatter.
  const bare = storyOfPassages(passages, { title, scope: title });
  // A thin story's lone sentences seldom clear the usual threshold: these
  // specs compare what is ranked first and how surely.
  return createEngine(
    { ...bare, general: await loadGeneralLanguage(storyWords(bare)) },
    { answerThreshold: 0.5 },
  );
}

let harbour: StoryEngine;
let outage: StoryEngine;
beforeAll(async () => {
  harbour = await engineFor('A harbour story', [
    'The navy operates two bases on the northern coast, officials said.',
    'Spokeswoman Elena Petrova said the talks with the new government are ongoing.',
  ]);
  outage = await engineFor('An outage', [
    'Engineers restarted the main server on Tuesday after the outage, the company said.',
    'The generator failed and was restarted on Monday.',
    'Staff were on a lunch break when the network failed.',
    'The company had been warned in advance of the risk.',
  ]);
});

/** What a reader is told, and how surely: chatter must change neither. */
function reply(engine: StoryEngine, question: string) {
  const { status, answer, confidence } = engine.ask(question);
  return { status, answer, confidence };
}

describe('when a reader stretches a word ("sooo who is petrova lmaooo")', () => {
  it('answers as if it were typed plainly', () => {
    const plain = reply(harbour, 'who is petrova');
    expect(plain.answer).toContain('Elena Petrova');
    expect(reply(harbour, 'sooo who is petrova lmaooo')).toEqual(plain);
  });

  it('reads a stretched question word ("whooo") as the question word', () => {
    expect(reply(harbour, 'heyyy whooo is petrova')).toEqual(reply(harbour, 'who is petrova'));
  });

  it("reads a stretched story word as the story's word", () => {
    const plain = reply(harbour, 'where does the navy operate');
    expect(plain.answer).toContain('The navy operates');
    expect(reply(harbour, 'where does the navyyy operate')).toEqual(plain);
  });
});

describe('when a word has a letter doubled, not stretched', () => {
  it('is not read as stretched ("coffee", "bookkeeper")', () => {
    expect(isStretched('coffee')).toBe(false);
    expect(isStretched('bookkeeper')).toBe(false);
    expect(isStretched('coffeeee')).toBe(true);
  });

  it('keeps the doubled letters when a stretched run is cut ("coffeeee")', () => {
    expect(shortenedForms('coffeeee')).toEqual(['coffee', 'coffe']);
    expect(shortenedForms('pleeeaseee')).toEqual(['pleeasee', 'pleasee', 'pleease', 'please']);
  });
});

describe('when a reader asks "on this one", meaning the article', () => {
  it('answers as if it were not there ("who is petrova on this one")', () => {
    expect(reply(harbour, 'who is petrova on this one')).toEqual(reply(harbour, 'who is petrova'));
    expect(reply(harbour, "what's the navy doing on this one")).toEqual(
      reply(harbour, "what's the navy doing"),
    );
  });
});

describe('when a reader types the question word and its verb as one ("whos … on this one")', () => {
  it('still sets the chat aside, as for "who\'s"', () => {
    expect(reply(harbour, 'whos the spokeswoman on this one')).toEqual(
      reply(harbour, 'whos the spokeswoman'),
    );
  });
});

describe('when a reader asks to finish a quote ("finish the quote: “the talks…”")', () => {
  it('asks after the quoted words, everyday as they are', () => {
    expect(reply(harbour, 'finish the quote: "the talks with the new government"')).toEqual(
      reply(harbour, '"the talks with the new government"'),
    );
  });
});

describe('when a reader says "when it comes to", "in terms of" or "with respect to"', () => {
  it('answers as if the phrase were not there ("when" included)', () => {
    const plain = reply(harbour, 'what did petrova say the talks');
    for (const phrase of ['when it comes to', 'in terms of', 'with respect to']) {
      expect(reply(harbour, `what did petrova say ${phrase} the talks`)).toEqual(plain);
    }
  });
});

describe('when a reader adds chat around a question ("brb, asking for a friend: …")', () => {
  it('answers as if the chat were not there', () => {
    const plain = reply(harbour, 'where are the bases');
    expect(plain.answer).toContain('two bases on the northern coast');
    for (const chatty of [
      'brb, asking for a friend: where are the bases',
      'ok i skimmed it, real talk, where are the bases',
      'yo server question: where are the bases',
      'on my lunch break, no cap, where are the bases',
      'ngl i forgot, where are the bases',
      'quick question tbh, where are the bases',
    ]) {
      expect(reply(harbour, chatty), chatty).toEqual(plain);
    }
  });
});

describe('when a reader types a lone letter as shorthand ("k so who is petrova", "y/n")', () => {
  it('answers as if the letter were not there', () => {
    expect(reply(harbour, 'k so who is petrova')).toEqual(reply(harbour, 'who is petrova'));
    expect(reply(harbour, 'where are the bases y/n')).toEqual(
      reply(harbour, 'where are the bases'),
    );
    expect(reply(harbour, 'where r the bases n stuff')).toEqual(
      reply(harbour, 'where are the bases stuff'),
    );
  });

  it('keeps a letter the story uses as a word ("Option B")', async () => {
    const options = await engineFor('Options', [
      'The council adopted Option B on Monday after the bridge failed.',
      'The council rejected Option C in March because of its cost.',
    ]);
    expect(options.ask('what happened to option c').answer).toContain('rejected Option C');
    expect(options.ask('what happened to option b').answer).toContain('adopted Option B');
  });
});

describe('when a reader writes "this" and "that" as they say them ("petrova who dis")', () => {
  it('reads "dis" and "dat" as the words they stand for', () => {
    const plain = reply(harbour, 'petrova who this');
    expect(plain.answer).toContain('Elena Petrova');
    expect(reply(harbour, 'petrova who dis')).toEqual(plain);
    expect(reply(harbour, 'who is dat petrova')).toEqual(reply(harbour, 'who is that petrova'));
  });
});

describe('when a message is chat and everyday words only ("brb, homework on the new government")', () => {
  it('abstains, the chat still weighing against every answer', () => {
    // Without the chat, "new government" alone would reach the talks.
    expect(reply(harbour, 'new government').answer).toContain('talks with the new government');
    expect(reply(harbour, 'brb, homework on the new government').status).toBe('unknown');
  });
});

describe('when the story itself talks about a server', () => {
  it('does not drop "server" from the question', () => {
    const plain = reply(outage, 'when was the server restarted');
    expect(plain.answer).toContain('restarted the main server on Tuesday');
    // The chat around it goes; "server" stays, as the story uses it.
    expect(reply(outage, 'brb, real talk: when was the server restarted')).toEqual(plain);
  });
});

describe('when the story itself says a chat phrase ("lunch break")', () => {
  it('keeps the phrase in the question', () => {
    const plain = reply(outage, 'what failed during the lunch break');
    expect(plain.answer).toContain('lunch break when the network failed');
    expect(reply(outage, 'brb, what failed during the lunch break')).toEqual(plain);
  });
});

describe('when the story uses the words of a chat phrase apart ("in advance"), not the phrase', () => {
  it('still drops the phrase ("thanks in advance")', () => {
    expect(reply(outage, 'thanks in advance, when was the server restarted')).toEqual(
      reply(outage, 'when was the server restarted'),
    );
  });
});

describe('the chat filler of general English', () => {
  it('repeats no stopword and no reader phrase, which already say what they mean', async () => {
    const general = await loadGeneralLanguage([]);
    const listed = general.chatFiller.filter(
      (phrase) => STOPWORDS.has(phrase) || phrase in general.readerPhrases,
    );
    expect(listed).toEqual([]);
  });
});

describe('when a reader greets the channel ("hey everyone whats up")', () => {
  it('abstains on the bundled story rather than listing its people', async () => {
    const { engine } = await bundledStory();
    for (const greeting of ['hey everyone whats up', 'gm everyone what’s up', 'everyone']) {
      expect(engine.ask(greeting).status, greeting).toBe('unknown');
    }
  });

  it('does not read "everyone" as the story\'s "every" and "one" run together', async () => {
    const inspection = await engineFor('An inspection', [
      'Every ship in the harbour was inspected on Monday, one official said.',
      'The harbour master ordered the checks after a fire.',
    ]);
    expect(inspection.ask('everyone').status).toBe('unknown');
    // A run-together pair of the story's words that is no everyday word is still read as both.
    expect(inspection.explain('harbourmaster', 1)[0]?.title).toMatch(/harbour master/);
  });
});

describe('when a reader quotes in single quotes ("finish the quote: \'the talks…\'")', () => {
  it('asks after the quoted words, as with double quotes', () => {
    expect(reply(harbour, "finish the quote: 'the talks with the new government'")).toEqual(
      reply(harbour, '"the talks with the new government"'),
    );
  });
});

describe('when the story\'s lexicon reads the first word of a chat phrase ("completed" as "finish")', () => {
  it('still sets the chat phrase aside ("complete the quote: …")', async () => {
    const bare = storyOfPassages(
      [
        'The navy operates two bases on the northern coast, officials said.',
        'Spokeswoman Elena Petrova said the talks with the new government are ongoing.',
        'The new pier was completed in May.',
      ],
      { title: 'A harbour story', scope: 'A harbour story' },
    );
    const lexicon = { synonyms: { completed: 'finish finished' }, stopwords: [], reasonCues: [] };
    const kb = { ...bare, lexicon };
    const engine = createEngine(
      { ...kb, general: await loadGeneralLanguage(storyWords(kb)) },
      { answerThreshold: 0.5 },
    );
    expect(reply(engine, "complete the quote: 'the talks with the new government'")).toEqual(
      reply(engine, '"the talks with the new government"'),
    );
  });
});

describe('when chat opens a yes-or-no question ("asking for a friend: are the bases…")', () => {
  it('answers as if the chat were not there', () => {
    const plain = reply(harbour, 'are the bases on the northern coast');
    expect(plain.answer).toContain('two bases on the northern coast');
    for (const chatty of [
      'asking for a friend: are the bases on the northern coast',
      'genuinely asking, are the bases on the northern coast',
    ]) {
      expect(reply(harbour, chatty), chatty).toEqual(plain);
    }
  });
});

describe('when a reader writes "somebody", "anybody" or "somewhere"', () => {
  it('reads them as the filler "someone" and "anyone" are', () => {
    expect(reply(harbour, 'did somebody speak about the talks')).toEqual(
      reply(harbour, 'did someone speak about the talks'),
    );
    expect(reply(harbour, 'has anybody said where the bases are')).toEqual(
      reply(harbour, 'has anyone said where the bases are'),
    );
    expect(reply(harbour, 'are the bases somewhere on the coast')).toEqual(
      reply(harbour, 'are the bases on the coast'),
    );
  });
});
