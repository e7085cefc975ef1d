import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumberWords, tokenize, tokenPattern } from './quantities.js';
import { isNumberWord, isScaleWord, scaleValue } from './number-words.js';

function only(text: string) {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  const mention = found[0];
  if (!mention) throw new Error('no mention');
  expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return mention;
}

describe('parseNumberWords', () => {
  it.each([
    ['thirteen', 13],
    ['twenty-five', 25],
    ['twenty five', 25],
    ['two hundred', 200],
    ['two hundred and fifty', 250],
    ['one thousand five hundred', 1500],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['a hundred', 100],
    ['1.5 million', 1_500_000],
    ['1,200', 1200],
    ['Three', 3],
  ])('%s → %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it.each(['', 'a', 'five five', 'twenty thirteen', 'and five', 'soldiers', 'half'])('rejects %j', (words) => {
    expect(parseNumberWords(words)).toBeUndefined();
  });
});

describe('findQuantities', () => {
  it('reads counts with their unit', () => {
    const found = findQuantities('Several people were killed in the attack including 13 US soldiers.');
    expect(found.map((m) => [m.text, m.best, m.unit, m.vague])).toEqual([
      ['Several people', 3, 'people', true],
      ['13 US soldiers', 13, 'soldiers', false],
    ]);
  });

  it('works on lower-case wire and MUC-4 text', () => {
    const m = only('at least 13 people were killed on sunday');
    expect(m).toMatchObject({ text: 'at least 13 people', min: 13, best: 13, qualifier: 'at_least', unit: 'people' });
    expect(only('five afghan policemen died').unit).toBe('policemen');
    expect(only('a soldier was killed').best).toBe(1);
  });

  it('works on upper-case text', () => {
    expect(only('AT LEAST 13 PEOPLE WERE KILLED')).toMatchObject({ best: 13, unit: 'people', qualifier: 'at_least' });
  });

  it('reads digits with commas and number words', () => {
    expect(only('Some 1,200 troops arrived').best).toBe(1200);
    expect(only('twenty-five policemen').best).toBe(25);
    expect(only('two hundred and fifty refugees').best).toBe(250);
    expect(only('a dozen guards').best).toBe(12);
    expect(only('half a dozen pilgrims').best).toBe(6);
    expect(only('thirteen civilians').best).toBe(13);
  });

  it('maps qualifiers (more than N keeps N, the conservative ACLED figure)', () => {
    expect(only('More than 100 civilians died')).toMatchObject({ min: 100, best: 100, qualifier: 'more_than' });
    expect(only('up to 40 were hurt')).toMatchObject({ max: 40, best: 40, qualifier: 'up_to' });
    expect(only('about 30 fled')).toMatchObject({ best: 30, approximate: true, qualifier: 'about' });
    expect(only('nearly 30 fled').qualifier).toBe('about');
    expect(only('around 30 fled').qualifier).toBe('about');
    expect(only('no more than 5 died').qualifier).toBe('at_most');
  });

  it('reads ranges, best = lowest figure', () => {
    expect(only('between 10 and 15 militants')).toMatchObject({ min: 10, max: 15, best: 10, unit: 'militants' });
    expect(only('10 to 15 people')).toMatchObject({ min: 10, max: 15 });
    expect(only('10-15 gunmen')).toMatchObject({ min: 10, max: 15, unit: 'gunmen' });
    expect(only('two or three attackers')).toMatchObject({ min: 2, max: 3 });
  });

  it('reads a range with the noun in between and a vague side', () => {
    const m = only('the organization has strength vary from several thousand active fighters to as low as 500.');
    expect(m).toMatchObject({
      text: 'from several thousand active fighters to as low as 500',
      min: 500,
      max: 3000,
      best: 500,
      vague: true,
      unit: 'fighters',
    });
  });

  it('maps vague quantifiers to fixed numbers', () => {
    const cases: Array<[string, number | undefined]> = [
      ['several people', 3],
      ['a few soldiers', 3],
      ['dozens of civilians', 12],
      ['tens of civilians', 10],
      ['hundreds of people', 100],
      ['thousands of people', 1000],
      ['several thousand fighters', 3000],
      ['tens of thousands of refugees', 10000],
      ['scores of troops', 20],
      ['a handful of fighters', 3],
      ['many people', undefined],
    ];
    for (const [text, best] of cases) {
      const m = only(text);
      expect(m.vague, text).toBe(true);
      expect(m.best, text).toBe(best);
    }
  });

  it('counts "a", "an" and "one" only before a person noun', () => {
    expect(findQuantities('IS-K is one of the top four deadliest terrorist organizations')).toEqual([]);
    expect(findQuantities('a car bomb exploded and one vehicle burned')).toEqual([]);
    expect(only('an Afghan policeman was wounded')).toMatchObject({ best: 1, unit: 'policemen' });
    expect(findQuantities('Karim Ahmadi, a shopkeeper, said')).toEqual([]);
  });

  it.each([
    'Resolution 2254 was adopted',
    'Flight 253 landed',
    'on 12 March 2010',
    'on Jan. 25, 2013',
    'at 10 a.m. local time',
    'at 10:30',
    'rose 13%',
    'rose 13 percent',
    'a $5 million reward',
    'paid 500 dollars',
    'aged 25',
    'a 25-year-old man',
    'a three-day siege',
    'the 13th attack',
    'in 2015',
    'since 2019',
    'in the 1990s',
    'AK-47 rifles and F-16 jets',
    'the 9/11 attacks',
    'two days ago',
    'Karim Ahmadi, 25, was killed',
  ])('skips %j', (text) => {
    expect(findQuantities(text)).toEqual([]);
  });

  it('keeps a 4-digit number that counts people', () => {
    expect(only('2015 people were displaced').best).toBe(2015);
  });

  it('finds bare counts with no unit', () => {
    expect(findQuantities('killing 30 on Sunday; the toll rose to 50').map((m) => m.best)).toEqual([30, 50]);
  });

  it('reads the head noun of other things', () => {
    expect(only('several rural districts in Kunar').unit).toBe('districts');
    expect(only('two of the attackers').unit).toBe('attackers');
  });

  it('does not read a unit across a line break', () => {
    expect(findQuantities('Tuesday, January 5, 2010\n\nMedia in the United States say')).toEqual([]);
    expect(only('killed 13\n\nSoldiers patrolled').unit).toBeUndefined();
  });

  it('is deterministic', () => {
    const text = 'At least 13 US soldiers and dozens of civilians were killed.';
    expect(findQuantities(text)).toEqual(findQuantities(text));
  });
});

describe('tokenize', () => {
  // The hand-written reader must give exactly the pattern's tokens.
  const byPattern = (text: string) =>
    [...text.matchAll(tokenPattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, kind: /^\d/.test(m[0]) ? 'num' : /^\p{L}/u.test(m[0]) ? 'word' : 'punct' }));
  it.each([
    'At least 1,200 people, 3.5 million dollars, 1,2345 and 12,345.67.',
    'U.S. officials said a.m. e.g. Mr. Smith’s men don’t rock\'n\'roll',
    'Côte d’Ivoire: ß æ Ω ж 中文 𝐀𝐁 😀 \ud835 x\udc00 ²³ ٣ Ⅷ',
    'tabs\tand\u00a0nbsp\u2009thin\u3000ideo\ufeffbom\u0085nel\u200bzwsp',
    'a.b. .a ..a a.. 1. .1 1.. 1,,000 ,000 U.S.A.—Iraq',
  ])('%s', (text) => {
    expect(tokenize(text).map(({ text: t, start, end, kind }) => ({ text: t, start, end, kind }))).toEqual(byPattern(text));
  });
});

describe('number words', () => {
  // Sets replace `in` and property reads on plain records: the answers, inherited keys included, stay the same.
  const units = ['zero', 'one', 'nineteen', 'twenty', 'fourty', 'ninety'];
  const scales: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };
  it.each([...units, ...Object.keys(scales), 'constructor', 'toString', 'tostring', '__proto__', 'hasOwnProperty', 'a', 'half', 'and', ''])('%s', (word) => {
    expect(isNumberWord(word)).toBe(units.includes(word) || word in scales);
    expect(isScaleWord(word)).toBe(word in scales);
    expect(scaleValue(word)).toBe(scales[word]);
  });
});
