import { describe, expect, it } from 'vitest';
import { withFullName } from '../../src/engine/titled-names.ts';
import type { Entity } from '../../src/knowledge/schema.ts';

const person = (name: string, aliases: string[]): Entity => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  kind: 'person',
  aliases,
  description: 'a test person',
  citations: [],
});

const pilot = person('Graham Tolley', ['Tolley', 'Mr Tolley', 'Graham']);
const director = person('Rachel Amberley', ['Amberley', 'Ms Amberley']);

describe('when a sentence cut from its article calls someone "Mr Tolley"', () => {
  it('writes their full name after, in brackets', () => {
    expect(withFullName('She said Mr Tolley chose the field.', [pilot, director])).toBe(
      'She said Mr Tolley [Graham Tolley] chose the field.',
    );
  });

  it('fills in only the first person so called', () => {
    expect(withFullName('Ms Amberley said Mr Tolley chose it.', [pilot, director])).toBe(
      'Ms Amberley [Rachel Amberley] said Mr Tolley chose it.',
    );
  });

  it('leaves a sentence that already gives the full name', () => {
    const text = 'Graham Tolley, 58, flew it; Mr Tolley has not commented.';
    expect(withFullName(text, [pilot])).toBe(text);
  });

  it('leaves a possessive as written', () => {
    const text = "Ms Amberley's account differs.";
    expect(withFullName(text, [director])).toBe(text);
  });

  it('leaves a form two people share', () => {
    const brother = person('Alan Tolley', ['Mr Tolley']);
    const text = 'Mr Tolley chose the field.';
    expect(withFullName(text, [pilot, brother])).toBe(text);
  });

  it('leaves a surname alone or inside a longer word', () => {
    for (const text of ['Tolley chose the field.', 'Mr Tolleyson chose the field.']) {
      expect(withFullName(text, [pilot])).toBe(text);
    }
  });
});
