import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeText } from './analyze-text.js';

describe('analyzeText', () => {
  // analyzeText runs wink without its entity, negation and sentiment passes: tokens, tags and
  // sentence spans must be those of the full pipe.
  const full = winkNLP(model);
  const its = full.its;
  it.each([
    'KABUL, Afghanistan (AP) — A suicide bomber killed 13 U.S. troops on Thursday. The Islamic State claimed it; officials did not confirm.',
    "They weren't happy at all. It's not bad, but it isn't good either!\n\nNo one was hurt :) #news @agency https://example.org 10:30 am, 3/4/2021.",
    'SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE FMLN ATTACKED THE GARRISON. TWO SOLDIERS DIED.',
  ])('%s', (text) => {
    const analyzed = analyzeText(text);
    const tagged = analyzed.caseMode === 'mixed' ? text : text.toLowerCase();
    const doc = full.readDoc(tagged);
    const values = doc.tokens().out(its.value) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    expect(analyzed.tokens.map((token) => tagged.slice(token.start, token.end))).toEqual(values.filter((value) => value.trim() !== ''));
    expect(analyzed.tokens.map((token) => token.pos)).toEqual(tags.filter((_, i) => (values[i] ?? '').trim() !== ''));
    // Every sentence break wink makes is one here (blank lines add more).
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    const kept = values.map((value, i) => ((value ?? '').trim() === '' ? -1 : i)).filter((i) => i >= 0);
    const sentenceOf = (i: number): number => spans.findIndex(([first, last]) => i >= first && i <= last);
    kept.forEach((i, k) => {
      if (k > 0 && sentenceOf(i) !== sentenceOf(kept[k - 1] as number)) expect(analyzed.tokens[k]?.sentence).not.toBe(analyzed.tokens[k - 1]?.sentence);
    });
    expect(analyzed.sentences.length).toBeGreaterThanOrEqual(spans.length);
  });
});

describe('analyzeText purity', () => {
  // wink learns unknown words as it reads: after "government's;" it would keep "government's" whole.
  it('tokenises a text the same whatever was read before it', () => {
    const probe = "The government's decision was announced on Monday.";
    const alone = analyzeText(probe).tokens.map((token) => token.text);
    expect(alone).toContain("'s");
    for (const earlier of ["government's;", "the government's-backed plan", 'Zyxqwv-led forces entered Kabol.']) analyzeText(earlier);
    expect(analyzeText(probe).tokens.map((token) => token.text)).toEqual(alone);
  });
});
