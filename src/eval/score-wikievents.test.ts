import { describe, expect, it } from 'vitest';
import type { WikiDocument } from './load-wikievents.js';
import { headToken, scoreWikiEvents } from './score-wikievents.js';

function doc(words: string[]): WikiDocument {
  const tokens: WikiDocument['tokens'] = [];
  let at = 0;
  for (const w of words) {
    tokens.push({ text: w, start: at, end: at + w.length });
    at += w.length + 1;
  }
  return { id: 'd', text: words.join(' '), tokens, mentions: new Map(), clusterOf: new Map(), arguments: [] };
}

describe('scoreWikiEvents', () => {
  const d = doc(['A', 'convoy', 'of', 'soldiers', 'was', 'hit', '.', 'The', 'convoy', 'burned', 'in', 'Homs', '.']);
  d.mentions.set('m1', { start: 0, end: 4 });
  d.mentions.set('m2', { start: 7, end: 9 });
  d.mentions.set('m3', { start: 11, end: 12 });
  d.clusterOf.set('m1', 'c0');
  d.clusterOf.set('m2', 'c0');
  d.arguments.push({ role: 'target', entityId: 'm1', start: 0, end: 4, text: 'A convoy of soldiers' });
  d.arguments.push({ role: 'place', entityId: 'm3', start: 11, end: 12, text: 'Homs' });
  const char = (t: number): number => d.tokens[t]!.start;

  it('takes the head before a post-modifier, else the last token', () => {
    expect(headToken(d, 0, 4)).toBe(1);
    expect(headToken(d, 7, 9)).toBe(8);
  });

  it('scores head words, and credits coreferent mentions in the coref variant', () => {
    const scores = scoreWikiEvents(
      new Map([['d', [
        { role: 'target' as const, start: char(7), end: d.tokens[8]!.end },
        { role: 'place' as const, start: char(11), end: d.tokens[11]!.end },
        { role: 'attacker' as const, start: char(5), end: d.tokens[5]!.end },
      ]]]),
      [d],
    );
    expect(scores.head.counts.target).toEqual({ pNum: 0, pDen: 1, rNum: 0, rDen: 1 });
    expect(scores.coref.counts.target).toEqual({ pNum: 1, pDen: 1, rNum: 1, rDen: 1 });
    expect(scores.head.counts.place).toEqual({ pNum: 1, pDen: 1, rNum: 1, rDen: 1 });
    expect(scores.head.counts.attacker).toEqual({ pNum: 0, pDen: 1, rNum: 0, rDen: 0 });
  });
});
