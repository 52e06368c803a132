import { describe, expect, it } from 'vitest';
import { scanEntities } from '../../src/ingest/names.ts';
import { IdAllocator } from '../../src/ingest/slug.ts';
import { findQuotes } from '../../src/ingest/speakers.ts';
import { GIVEN_NAMES } from '../support/language.ts';
import { quotesOf } from '../support/quotes.ts';

describe('when the speaker follows the quote', () => {
  it('attributes `"…," X said`', () => {
    const [quote] = quotesOf('"We will stay," Omar Haddad said on Monday.');
    expect(quote?.speaker).toBe('Omar Haddad');
    expect(quote?.text).toBe('We will stay');
    expect(quote?.said).toBe('on Monday');
  });

  it('attributes `"…," said X`', () => {
    const [quote] = quotesOf('“The port is open,” said Port Director Lina Farah.');
    expect(quote?.speaker).toBe('Lina Farah');
    expect(quote?.role).toBe('Port Director');
  });
});

describe('when the speaker follows the quote with a clause before the verb', () => {
  const [quote] = quotesOf(
    '"The law does not let an agency approve first and ask later," Judge Ana Brell, who presided over the panel, wrote for the majority.',
  );

  it('attributes `"…," X, who …, wrote`', () => {
    expect(quote?.speaker).toBe('Ana Brell');
  });

  it('keeps "wrote" with what follows, which says how it was said', () => {
    expect(quote?.said).toBe('wrote for the majority');
  });
});

describe('when the speaker comes first', () => {
  it('attributes `X said, "…"` and keeps what the sentence says of where', () => {
    const [quote] = quotesOf('Omar Haddad told reporters in Geneva, “Nothing is signed.”');
    expect(quote?.speaker).toBe('Omar Haddad');
    expect(quote?.said).toBe('told reporters in Geneva');
  });
});

describe('when a clause sits between the speaker and the verb', () => {
  it('attributes `X, who …, told Y: "…"`', () => {
    const [quote] = quotesOf(
      'Omar Haddad, who led the 2019 talks, told Reuters: “This time is different.”',
    );
    expect(quote?.speaker).toBe('Omar Haddad');
    expect(quote?.said).toBe('told Reuters');
  });

  it('credits the person, not the city, when two clauses stand between them and the verb', () => {
    const [quote] = quotesOf(
      'Dr Ann Lee, a consultant at Westfield Hospital in Leeds, who was not involved in the research, said the findings were "interesting but not proof".',
    );
    expect(quote?.speaker).toBe('Ann Lee');
  });
});

describe('when a body and its spokesperson follow the quote', () => {
  const [quote] = quotesOf(
    '"We will not speculate on a cause," a spokesperson for the Rail Safety Board, Dana Okafor, said on Tuesday.',
  );

  it('attributes `"…," a spokesperson for X, NAME, said` to the person, not the body', () => {
    expect(quote?.speaker).toBe('Dana Okafor');
  });

  it('gives the role set off before the name', () => {
    expect(quote?.role).toBe('a spokesperson for the Rail Safety Board');
    expect(quote?.said).toBe('on Tuesday');
  });
});

describe('when a body and its spokesperson come before the quote', () => {
  it('attributes `A spokesperson for X, NAME, said: "…"` to the person', () => {
    const [quote] = quotesOf(
      'A spokesperson for the Rail Safety Board, Dana Okafor, said: "We will not speculate."',
    );
    expect(quote?.speaker).toBe('Dana Okafor');
  });

  it('attributes `X, a spokesman for Y, said: "…"` to the person', () => {
    const [quote] = quotesOf(
      'Tom Whitaker, a spokesman for Basin Metals, said: "We are fully cooperating with inspectors."',
    );
    expect(quote?.speaker).toBe('Tom Whitaker');
  });
});

describe('when the role follows the name and ends the sentence', () => {
  it('takes the role from the appositive', () => {
    const [quote] = quotesOf('“We are close,” said Omar Haddad, the authority’s chief negotiator.');
    expect(quote?.speaker).toBe('Omar Haddad');
    expect(quote?.role).toBe('the authority’s chief negotiator');
  });
});

describe('when a pronoun refers back', () => {
  it('gives "she" the last person named as speaking, even a paragraph earlier', () => {
    const quotes = quotesOf(
      'Foreign Minister Lina Farah said the talks went well.',
      'She also noted that more rounds are planned, adding, "We are patient."',
    );
    expect(quotes[0]?.speaker).toBe('Lina Farah');
    expect(quotes[0]?.role).toBe('Foreign Minister');
  });
});

describe('when a quote says "…," she said. after a man has spoken', () => {
  it('credits the woman who spoke last, called "Ms"', () => {
    const quotes = quotesOf(
      'Ms Ellen Marsh said the bridge would open on Monday. Mr Omar Haddad, the contractor, said the work had finished early.',
      '"We are proud of every bolt," she said.',
    );
    expect(quotes[0]?.speaker).toBe('Ellen Marsh');
  });

  it('credits the spokeswoman, by her role, over a man called "Mr"', () => {
    const quotes = quotesOf(
      'Jo Pike, a spokeswoman for the council, said the vote would stand. Mr Tunde Okoro said he would appeal.',
      'She added, "The decision is final."',
    );
    expect(quotes[0]?.speaker).toBe('Jo Pike');
    expect(quotes[0]?.role).toBe('a spokeswoman for the council');
  });

  it('credits the woman whose own "she" the article wrote after her name', () => {
    const quotes = quotesOf(
      'Dana Whitlock said she would call an emergency meeting. Mr Omar Haddad said the money was spent.',
      '"Residents deserve to know where it went," she said.',
    );
    expect(quotes[0]?.speaker).toBe('Dana Whitlock');
  });
});

describe('when a quote says "…," he said. after a woman has spoken', () => {
  it('credits the man a sentence opening "He" was about', () => {
    const quotes = quotesOf(
      'Fire Chief Ray Delgado said the roads were closed. He urged residents to stay home.',
      'Jenna Li, a spokeswoman for the power company, said crews could not reach two substations.',
      '"Six inches of moving water can knock you off your feet," he said.',
    );
    expect(quotes[0]?.speaker).toBe('Ray Delgado');
  });
});

describe('when a quote says "…," she said. and nobody has spoken yet', () => {
  it('credits the woman the article calls "Mrs"', () => {
    const quotes = quotesOf(
      'Mrs Ellen Marsh opened the bridge on Monday.',
      '"We are proud of every bolt," she said.',
    );
    expect(quotes[0]?.speaker).toBe('Ellen Marsh');
  });
});

describe('when nothing says whether the last speaker is "he" or "she"', () => {
  it('keeps crediting the last speaker', () => {
    const quotes = quotesOf(
      'Ms Ellen Marsh said the bridge would open on Monday. Omar Haddad said the work had finished early.',
      '"We are proud of every bolt," she said.',
    );
    expect(quotes[0]?.speaker).toBe('Omar Haddad');
  });
});

describe('when everyone who spoke is someone the pronoun cannot be', () => {
  it('keeps the quote with no speaker rather than crediting him', () => {
    const quotes = quotesOf(
      'Mr Omar Haddad said the work had finished early.',
      '"We are proud of every bolt," she said.',
    );
    expect(quotes[0]?.speaker).toBeNull();
  });
});

describe('when a source is named with "according to"', () => {
  it('attributes even a one-word quote to it', () => {
    const [quote] = quotesOf('The talks were "productive", according to the Harbour Authority.');
    expect(quote?.text).toBe('productive');
    expect(quote?.speaker).toBe('Harbour Authority');
  });
});

describe('when a quote goes on in a sentence of its own', () => {
  it('keeps the speaker of the quote before it', () => {
    const quotes = quotesOf('"We will stay," Omar Haddad said. "We have always stayed."');
    expect(quotes.map((q) => q.speaker)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });
});

describe('when nobody can be found', () => {
  it('keeps the quote with no speaker rather than guessing', () => {
    const [quote] = quotesOf('Officials called the plan "unworkable" and left.');
    expect(quote?.text).toBe('unworkable');
    expect(quote?.speaker).toBeNull();
    expect(quote?.role).toBeNull();
  });
});

describe('when a quote mark never closes', () => {
  it('skips that quote and says so', () => {
    const passages = [{ n: 1, text: '“We will stay, Omar Haddad said.' }];
    const scan = scanEntities(passages, [], new IdAllocator([]), 'Test Outlet', GIVEN_NAMES);
    const found = findQuotes(passages, scan.mentions, 'Test Outlet', GIVEN_NAMES);
    expect(found.quotes).toEqual([]);
    expect(found.warnings.join(' ')).toMatch(/passage 1/);
  });
});

describe('when "…," she said. follows a sentence naming one person after another has spoken', () => {
  it('gives the quote to the person the sentence before names', () => {
    const quotes = quotesOf(
      '"It\'s a kick in the teeth," said Rovers captain Rhys Okonjo-Pratt.',
      'Anne-Marie Crowther, the union\'s head of referees, defended the officials. "Gareth made the right call," she said.',
    );
    expect(quotes.at(-1)?.speaker).toBe('Anne-Marie Crowther');
  });

  it('gives "…," he told reporters to the man named alone just before', () => {
    const quotes = quotesOf(
      '"I was satisfied that the count was accurate," said Derek Holm, the returning officer.',
      'Mr Tom Bracewell did not accept that explanation. "It is a coin toss," he told reporters.',
    );
    expect(quotes.at(-1)?.speaker).toBe('Tom Bracewell');
  });

  it('gives a paragraph opening on `"…," she said` to the one woman the paragraph before closes on', () => {
    const quotes = quotesOf(
      'A company spokeswoman, Priya Nandra, said the firm would review its routes. "We will look at every option," she said.',
      'Margaret Hollis, 72, who relies on the number 47, said she had spent more than £60 on taxis during the strike.',
      '"I was counting the days until the buses came back," she said.',
    );
    expect(quotes.at(-1)?.speaker).toBe('Margaret Hollis');
  });

  it('keeps the earlier speaker when the paragraph before closes on two people', () => {
    const quotes = quotesOf(
      '"We will appeal," said Rhys Okonjo-Pratt, the Rovers captain.',
      'Lena Moss and Carl Ibbotson watched from the stand.',
      '"We gave it everything," he said.',
    );
    expect(quotes.at(-1)?.speaker).toBe('Rhys Okonjo-Pratt');
  });

  // Names that say no gender ("Sam", "Alex"): were one of them a man's, as
  // "Mr" would say, the "he" would be his, the one man the paragraph names.
  it('keeps the earlier speaker when the sentence before names two people the pronoun could both be', () => {
    const quotes = quotesOf(
      '"We will appeal," said Rhys Okonjo-Pratt, the Rovers captain.',
      'Sam Moss and Alex Ibbotson watched from the stand. "We gave it everything," he said.',
    );
    expect(quotes.at(-1)?.speaker).toBe('Rhys Okonjo-Pratt');
  });
});

describe('when a quote is given to "the judge" the article named earlier', () => {
  it('gives `"Remorse," the judge told him, "does not…"` to the judge', () => {
    const quotes = quotesOf(
      'Jailing him, Judge Rosalind Tennant said Halloway had betrayed a town.',
      '"Remorse," the judge told him, "does not put food on the shelves."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Rosalind Tennant', 'Rosalind Tennant']);
  });

  it('gives nobody a quote when two people hold that role', () => {
    const quotes = quotesOf(
      'Judge Rosalind Tennant and Judge Arnaud Pelletier heard the case.',
      '"Remorse," the judge said, "does not put food on the shelves."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe('when a firm speaks after a long clause about it', () => {
  it('gives it the quote, and says where without what follows "that"', () => {
    const [quote] = quotesOf(
      'Saltmere Logistics, which operates the terminal under a 30-year concession and employs about 850 people at the site, said in a statement that it was "deeply disappointed" by the decision.',
    );
    expect(quote?.speaker).toBe('Saltmere Logistics');
    expect(quote?.said).toBe('in a statement');
  });
});

describe('when asked "who called it …" of words a speaker "described … as"', () => {
  it('names the speaker of `X described the offer as "…"`', () => {
    const [quote] = quotesOf(
      'Tomas Fell runs the ferry company.',
      'Mr Fell described the council\'s offer as "a bad joke" on Monday.',
    );
    expect(quote?.speaker).toBe('Tomas Fell');
  });
});

describe('when asked "who called the result …" of words a speaker "called" it', () => {
  it('names the speaker of `The party\'s chair, X, called the result "…"`', () => {
    const [quote] = quotesOf(
      'The Green Party\'s regional chair, Aled Price, called the result "a historic night", noting the party had never won there.',
    );
    expect(quote?.speaker).toBe('Aled Price');
  });

  it('names the "she" of `She called it "…"`', () => {
    const quotes = quotesOf(
      'Maureen Atkins leads the Labour group on the council.',
      'She called the defeat "painful but not surprising".',
    );
    expect(quotes[0]?.speaker).toBe('Maureen Atkins');
  });
});

describe('when asked "what did the company say" of an unnamed spokesperson', () => {
  it('gives `A spokesperson for the company said … "…"` to the firm the sentence before names', () => {
    const [quote] = quotesOf(
      'Harlan Air blamed its former contractor, Brisk Aero Services, for the errors.',
      'Brisk rejected that account. A spokesperson for the company said it had handed over "complete records, countersigned by Harlan\'s own team."',
    );
    expect(quote?.speaker).toBe('Brisk Aero Services');
    expect(quote?.role).toBe('a spokesperson for the company');
  });

  it('gives `A spokeswoman said …"…"` to the body asked, not to the outlet asking', () => {
    const [quote] = quotesOf(
      'The Test Courier asked the Halden Water Authority whether it would pay. A spokeswoman said the question was "under review".',
    );
    expect(quote?.speaker).toBe('Halden Water Authority');
  });

  it('gives `A council spokesperson said` to the one council, not the body the sentence before names', () => {
    const [quote] = quotesOf(
      'The Wexley County Council renewed the contract in 2024.',
      'The ruling records that the DVSA wrote to the council in July. A council spokesperson said officers were "checking their records".',
    );
    expect(quote?.speaker).toBe('Wexley County Council');
    expect(quote?.role).toBe('a council spokesperson');
  });

  it('credits no one when the sentence before names two bodies', () => {
    const [quote] = quotesOf(
      'The Halden Water Authority and the Marrow Freight Company met on Monday. A spokeswoman said the talks were "useful".',
    );
    expect(quote?.speaker).toBeNull();
  });
});

describe('when asked "who said …" of a second quote in the speaker\'s sentence', () => {
  it('credits `X said that … "…," and that … "…"` to X both times', () => {
    const quotes = quotesOf(
      'Tomas Fell said the ferry would sail "at first light," and that the crew had been "fully briefed" on Monday.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tomas Fell', 'Tomas Fell']);
  });

  it('does not carry the speaker past another verb of saying', () => {
    const quotes = quotesOf(
      'Tomas Fell said the ferry would sail "at first light," but the union warned it was "unsafe" on Monday.',
    );
    expect(quotes[1]?.speaker).toBeNull();
  });
});

describe('when asked "who said …" of words after a participle of saying', () => {
  it('credits `X disputed that, saying … "…"` to X', () => {
    const [quote] = quotesOf(
      'Tomas Fell runs the ferries.',
      'Mr Fell disputed that, saying the crossing had been "entirely safe" all week.',
    );
    expect(quote?.speaker).toBe('Tomas Fell');
  });
});

describe('when asked "who warned …" of a body whose clause holds a number with a comma', () => {
  it('credits `The X Trust, a group with 4,200 members, warned that … "…"` to the body', () => {
    const [quote] = quotesOf(
      'The Orrin Harbour Trust, a group with about 4,200 members, warned that the plan could "ruin the quay."',
    );
    expect(quote?.speaker).toBe('Orrin Harbour Trust');
  });
});

describe('when the verb of saying is joined by "and" to another of the speaker\'s verbs', () => {
  const quotes = quotesOf(
    'Dr Ellen Marsh, chief inspector at the Food Safety Directorate, said the batch was unsafe.',
    'Owen Pritchard, a spokesperson for the Brackwell chain, apologised to customers and said the company had acted "as soon as we had the results". "We will never compromise on safety," he said.',
  );

  it('credits the person the sentence opens on, not the last to speak', () => {
    expect(quotes[0]?.speaker).toBe('Owen Pritchard');
  });

  it('gives his "he said" that follows to him too', () => {
    expect(quotes[1]?.speaker).toBe('Owen Pritchard');
  });
});

describe('when the sentence before a "he said" names someone besides the person it opens on', () => {
  it('gives "he" the person the sentence opens on', () => {
    const quotes = quotesOf(
      'Denise Hartley, who chairs the residents\' association, said: "People are angry."',
      'Opposition leader Samir Qureshi, who first raised questions about Mr Graham Pellow\'s expenses at a finance committee meeting in October, said the procedures had failed. "Somebody approved these claims," he told the Post.',
    );
    expect(quotes[1]?.speaker).toBe('Samir Qureshi');
  });

  it('gives "she" the person a name before theirs only qualifies', () => {
    const quotes = quotesOf(
      'Gareth Loame, chief executive of Halden Minerals, said the mine would open. "This is a chance," he said.',
      'Halden spokeswoman Priya Castell told the Ledger that the company had spent £14 million. "We are not asking people to take this on trust," she said.',
    );
    expect(quotes[1]?.speaker).toBe('Priya Castell');
  });
});

describe('when a paragraph brings in a new person and then quotes "she"', () => {
  it('credits the woman the paragraph names, not the woman who spoke a paragraph earlier', () => {
    const quotes = quotesOf(
      'Dr Ann Reeve, the trust’s chief executive, said the attack was criminal. "We are sorry," she said.',
      'Sarah Whitlock, a retired school librarian, had waited 14 months for a hip replacement. She was phoned the evening before and told it would not go ahead. "I had cleared my diary," she said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ann Reeve', 'Sarah Whitlock']);
  });

  it('still credits the woman who spoke in the same paragraph before anyone it merely names', () => {
    const quotes = quotesOf(
      'Ms Ellen Marsh said the trust had written to Mrs Jane Hollis, a patient. "We owe her an answer," she said.',
    );
    expect(quotes[0]?.speaker).toBe('Ellen Marsh');
  });
});

describe('when the quote is followed by `said` and a role set off before the name', () => {
  it('attributes `"…," said the company’s chief executive, NAME` to the person, not the company', () => {
    const quotes = quotesOf(
      'Ashcombe Water said on Wednesday that tests were continuing.',
      '"We know this is hugely disruptive," said Ashcombe Water\'s chief executive, Miriam Oduya. "We are sorry."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Miriam Oduya', 'Miriam Oduya']);
  });
});

describe('when a pronoun in a reported clause is someone else\'s and the quote after says "she said"', () => {
  it('credits the woman the sentence before named alone, whom her own "she said" calls so', () => {
    const quotes = quotesOf(
      'Mr Graham Pellow, 54, was convicted of taking bribes.',
      'The council\'s chief executive, Fiona Castell, said the authority was "shocked and angry" that one of its officers had abused his position. "Our residents need to be confident," she said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Fiona Castell', 'Fiona Castell']);
  });
});

describe('when the body a speaker belongs to follows the name with "of"', () => {
  it('attributes `X of the county police said … "…"` to the officer', () => {
    const quotes = quotesOf(
      'Detective Inspector Colin Abernathy of the county police said officers were examining "a number of possibilities".',
    );
    expect(quotes[0]?.speaker).toBe('Colin Abernathy');
  });

  it('attributes `X of the unit, which led the inquiry, said: "…"` to the officer', () => {
    const quotes = quotesOf(
      'Outside court, Detective Inspector Karen Lowther of the regional economic crime unit, which led the inquiry, said: "Planning decisions shape communities."',
    );
    expect(quotes[0]?.speaker).toBe('Karen Lowther');
  });
});

describe('when the sentence before a "he said" goes on about someone by "he" before naming anyone else', () => {
  it('credits the man the account is about, not a man who spoke paragraphs earlier', () => {
    const quotes = quotesOf(
      '"It went for my leg," said Daniel Okafor, a teacher.',
      'Mr Sutcliffe gives a very different account. Speaking to the paper on Wednesday, he insisted that Rocco had been on a lead.',
      '"He was on his lead, I\'ve got the broken clip to prove it," he said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Daniel Okafor', 'Sutcliffe']);
  });

  it('credits the man of the sentence before, not the man named in his reported words', () => {
    const quotes = quotesOf(
      '"We were short-handed," said Neil Featherstone, a union official.',
      'Gareth Pryce, the governor, rejected that account. He said two officers was in line with policy for a prisoner of Dean Hollis\'s category. "Staffing played no part," he said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Neil Featherstone', 'Gareth Pryce']);
  });
});

describe('when an opening clause says "she" and the name after it is the subject', () => {
  it('credits the woman the sentence names, not the one before her', () => {
    const quotes = quotesOf(
      'Mair Price, the junior director, said no decision was due. "We cannot make a special case," she said.',
      'Asked whether she would turn professional, Carys Pritchard laughed. "Ask me after my exams," she said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Mair Price', 'Carys Pritchard']);
  });
});
