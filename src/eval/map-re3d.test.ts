import { describe, expect, it } from 'vitest';
import { re3dSpan } from './map-re3d.js';

describe('re3dSpan', () => {
  const text = 'Following talks, the Foreign Secretary Boris Johnson met Minister for the Middle East Tobias Ellwood and the UN in Mosul; Carter said so.';
  const at = (phrase: string): { start: number; end: number } => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  const cut = (span: { start: number; end: number }): string => text.slice(span.start, span.end);

  it('gives a person the title before the name, as re3d annotates it', () => {
    const boris = at('Boris Johnson');
    expect(cut(re3dSpan(text, boris.start, boris.end, 'Person'))).toBe('the Foreign Secretary Boris Johnson');
    const ellwood = at('Tobias Ellwood');
    expect(cut(re3dSpan(text, ellwood.start, ellwood.end, 'Person'))).toBe('Minister for the Middle East Tobias Ellwood');
    const carter = at('Carter');
    expect(cut(re3dSpan(text, carter.start, carter.end, 'Person'))).toBe('Carter');
  });

  it('gives an organisation its article and leaves places as they are', () => {
    const un = at('UN');
    expect(cut(re3dSpan(text, un.start, un.end, 'Organisation'))).toBe('the UN');
    const mosul = at('Mosul');
    expect(cut(re3dSpan(text, mosul.start, mosul.end, 'Location'))).toBe('Mosul');
  });
});
