import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { splitArticle } from '../../src/ingest/paragraphs.ts';

const TITLE = 'Port talks stall';
const texts = (article: string, title = TITLE) =>
  splitArticle(article, title).passages.map((p) => p.text);

describe('when an article has one paragraph a line', () => {
  it('makes each line a numbered passage', () => {
    const split = splitArticle('First one.\nSecond one.\nThird one.', TITLE);
    expect(split.passages).toEqual([
      { n: 1, text: 'First one.' },
      { n: 2, text: 'Second one.' },
      { n: 3, text: 'Third one.' },
    ]);
  });
});

describe('when paragraphs are separated by blank lines', () => {
  it('gives the same passages as one paragraph a line', () => {
    expect(texts('First one.\n\nSecond one.\n\n\nThird one.\n')).toEqual(
      texts('First one.\nSecond one.\nThird one.'),
    );
    expect(splitArticle('First one.\n\nSecond one.', TITLE).warnings).toEqual([]);
  });

  it('warns when a paragraph is wrapped over several lines', () => {
    const split = splitArticle('First line of one\nparagraph, wrapped.\n\nSecond one.', TITLE);
    expect(split.passages).toHaveLength(3);
    expect(split.warnings.join(' ')).toMatch(/passages 1, 2 .*wrapped/);
  });
});

describe('when lines end in CRLF', () => {
  it('keeps no carriage return in any passage', () => {
    expect(texts('First one.\r\n\r\nSecond one.\r\n')).toEqual(['First one.', 'Second one.']);
  });
});

describe('when the first line is the headline', () => {
  it('leaves it out if it equals --title, whatever the quote marks and case', () => {
    const split = splitArticle('Port Talks Stall.\nFirst one.', TITLE);
    expect(split.titleLine).toBe('Port Talks Stall.');
    expect(split.passages.map((p) => p.text)).toEqual(['First one.']);
    expect(texts('“Port” talks stall\nFirst one.', '"Port" talks stall')).toEqual(['First one.']);
  });

  it('keeps it as a passage if it says something else', () => {
    expect(texts('Talks resume.\nFirst one.')).toEqual(['Talks resume.', 'First one.']);
  });
});

describe('when the article is signed', () => {
  it('leaves a closing byline out', () => {
    const split = splitArticle('First one.\nSecond one.\nBy Jane Roe', TITLE);
    expect(split.bylineLine).toBe('By Jane Roe');
    expect(split.passages).toHaveLength(2);
  });

  it('leaves out a byline right under the headline', () => {
    expect(texts(`${TITLE}\nBy Jane Roe\nFirst one.`)).toEqual(['First one.']);
  });

  it('keeps a closing sentence that merely starts with "By"', () => {
    expect(texts('First one.\nBy then, the port had closed.')).toContain(
      'By then, the port had closed.',
    );
  });
});

describe('when there is nothing but a headline and a byline', () => {
  it('refuses with an ingest error', () => {
    expect(() => splitArticle(`${TITLE}\n\nBy Jane Roe\n`, TITLE)).toThrow(IngestError);
  });
});
