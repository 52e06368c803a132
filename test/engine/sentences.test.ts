import { describe, expect, it } from 'vitest';
import { sentenceSpans, unitSentences } from '../../src/engine/sentences.ts';

/** The sentences' texts, as ingest cuts them (quotations kept whole). */
const cut = (text: string) => sentenceSpans(text).map((span) => span.text);

describe('when a passage says "Dr. Jane Doe said…"', () => {
  it('keeps the title with the name', () => {
    expect(cut('Dr. Jane Doe said the clinic would open. Gov. Ellen Marsh agreed.')).toEqual([
      'Dr. Jane Doe said the clinic would open.',
      'Gov. Ellen Marsh agreed.',
    ]);
  });

  it.each([
    'Mr.',
    'Mrs.',
    'Ms.',
    'Prof.',
    'Gen.',
    'Sen.',
    'Rep.',
    'Lt.',
    'Col.',
    'Sgt.',
    'Capt.',
    'Cmdr.',
    'Det.',
    'Rev.',
  ])('keeps "%s" with the name after it', (title) => {
    expect(cut(`The report thanked ${title} Ana Ruiz for her help.`)).toHaveLength(1);
  });

  it('keeps "Jr." inside the sentence that names him', () => {
    expect(cut('Martin Luther King Jr. Day is a holiday. Offices close.')).toEqual([
      'Martin Luther King Jr. Day is a holiday.',
      'Offices close.',
    ]);
  });

  it('still ends a sentence at "said no." in lowercase, which is no "No. 10"', () => {
    expect(cut('She met them at No. 10 Downing Street. They said no. Talks ended.')).toEqual([
      'She met them at No. 10 Downing Street.',
      'They said no.',
      'Talks ended.',
    ]);
  });
});

describe('when a passage names "St. Louis" or "Mt. Hood"', () => {
  it('keeps the short form with the place', () => {
    expect(cut('Crews flew in from St. Louis on Monday. Snow closed Mt. Hood roads.')).toEqual([
      'Crews flew in from St. Louis on Monday.',
      'Snow closed Mt. Hood roads.',
    ]);
  });

  it('ends a sentence at "21st." all the same, which is no "St."', () => {
    expect(cut('The vote fell on the 21st. Then the council met.')).toEqual([
      'The vote fell on the 21st.',
      'Then the council met.',
    ]);
  });
});

describe('when a passage writes a month short ("Dec. 8", "Sept. 3")', () => {
  it('keeps the month with its day', () => {
    expect(cut('The advisory began Dec. 8 and ended Sept. 3. Nobody was hurt.')).toEqual([
      'The advisory began Dec. 8 and ended Sept. 3.',
      'Nobody was hurt.',
    ]);
  });

  it('ends a sentence after "May.", which is a whole month', () => {
    expect(cut('The plant closed in May. It reopened later.')).toEqual([
      'The plant closed in May.',
      'It reopened later.',
    ]);
  });
});

describe('when a passage says "the U.S. Senate" or "e.g."', () => {
  it('keeps "U.S." with what it qualifies', () => {
    expect(cut('The U.S. Senate voted on Friday. It passed.')).toEqual([
      'The U.S. Senate voted on Friday.',
      'It passed.',
    ]);
  });

  it('keeps "e.g." and "i.e." inside their sentence', () => {
    expect(
      cut('Agencies helped, e.g. FEMA and the Red Cross. Others, i.e. Oxfam, did not.'),
    ).toEqual(['Agencies helped, e.g. FEMA and the Red Cross.', 'Others, i.e. Oxfam, did not.']);
  });
});

describe('when a passage lists things and ends on "etc."', () => {
  it('ends the sentence there, the point serving both', () => {
    expect(cut('They sold bread, cakes, pies etc. The shop closed in May.')).toEqual([
      'They sold bread, cakes, pies etc.',
      'The shop closed in May.',
    ]);
  });
});

describe('when a passage names someone by an initial ("J. Smith")', () => {
  it('keeps the initial with the surname', () => {
    expect(cut('The report was written by J. Smith. It ran to 40 pages.')).toEqual([
      'The report was written by J. Smith.',
      'It ran to 40 pages.',
    ]);
  });

  it('keeps several initials together ("J.R.R. Tolkien")', () => {
    expect(cut('She quoted J.R.R. Tolkien at the hearing.')).toHaveLength(1);
  });
});

describe('when a passage gives a clock time', () => {
  it('keeps "6 p.m. Sunday" in one sentence', () => {
    expect(cut('The mayor declared an emergency at 6 p.m. Sunday. He said it would last.')).toEqual(
      ['The mayor declared an emergency at 6 p.m. Sunday.', 'He said it would last.'],
    );
  });

  it('keeps "9 a.m. January 4" and "9 a.m. Jan. 4" in one sentence', () => {
    expect(cut('Polls open at 9 a.m. January 4. Counting starts at noon.')).toHaveLength(2);
    expect(cut('Polls open at 9 a.m. Jan. 4. Counting starts at noon.')).toEqual([
      'Polls open at 9 a.m. Jan. 4.',
      'Counting starts at noon.',
    ]);
  });

  it('still ends a sentence at "a.m." when no day or month follows', () => {
    expect(cut('The board meets at 10 a.m. The mayor will attend.')).toEqual([
      'The board meets at 10 a.m.',
      'The mayor will attend.',
    ]);
  });
});

describe('when a quotation ends a sentence', () => {
  it('ends it after the closing quote of ." and ?"', () => {
    expect(cut('She said, "We will rebuild." The crowd cheered.')).toEqual([
      'She said, "We will rebuild."',
      'The crowd cheered.',
    ]);
    expect(cut('He asked, “Who pays?” Nobody answered.')).toEqual([
      'He asked, “Who pays?”',
      'Nobody answered.',
    ]);
  });

  it('does not end it where "she said" follows the quotation', () => {
    expect(cut('"Who pays?" she asked.')).toEqual(['"Who pays?" she asked.']);
  });
});

describe('when a quotation holds several sentences', () => {
  const text =
    '"We voted for this money. Residents deserve to know where it went," she said. The meeting is next week.';

  it('keeps the remark whole with its "she said"', () => {
    expect(cut(text)).toEqual([
      '"We voted for this money. Residents deserve to know where it went," she said.',
      'The meeting is next week.',
    ]);
  });

  it("cuts the engine's sentence units inside it, each matched on its own", () => {
    expect(unitSentences(text)).toEqual([
      '"We voted for this money.',
      'Residents deserve to know where it went," she said.',
      'The meeting is next week.',
    ]);
  });

  it('still cuts after a quotation that never closes', () => {
    expect(cut('“We will stay. We will fight. And we will win.')).toHaveLength(3);
  });
});

describe('when a sentence is in brackets or opens oddly', () => {
  it('ends a sentence after a closing bracket', () => {
    expect(cut('(The vote was 5-2.) The council then adjourned.')).toEqual([
      '(The vote was 5-2.)',
      'The council then adjourned.',
    ]);
  });

  it('starts a sentence at an opening bracket', () => {
    expect(cut('The council met. (The vote was 5-2.)')).toEqual([
      'The council met.',
      '(The vote was 5-2.)',
    ]);
  });

  it('starts a sentence at a digit', () => {
    expect(cut('The town flooded overnight. 23 people were rescued.')).toEqual([
      'The town flooded overnight.',
      '23 people were rescued.',
    ]);
  });

  it.each([
    ['straight', 'The mayor spoke. "We will rebuild," she said.'],
    ['curly', 'The mayor spoke. “We will rebuild,” she said.'],
    ['single', 'The mayor spoke. ‘We will rebuild,’ she said.'],
  ])('starts a sentence at an opening %s quote', (_, text) => {
    expect(cut(text)).toEqual([text.slice(0, 16), text.slice(17)]);
  });

  it('leaves a lowercase word after a point in its sentence ("E. coli")', () => {
    expect(cut('Samples tested positive for E. coli. Schools closed.')).toEqual([
      'Samples tested positive for E. coli.',
      'Schools closed.',
    ]);
  });
});

describe('when ingest needs where a sentence lies', () => {
  it('gives offsets that slice the passage to the sentence, verbatim', () => {
    const text = '  Dr. Jane Doe spoke.   "We are ready," she said.\nThe end.  ';
    const spans = sentenceSpans(text);
    expect(spans.map((span) => span.text)).toEqual([
      'Dr. Jane Doe spoke.',
      '"We are ready," she said.',
      'The end.',
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
