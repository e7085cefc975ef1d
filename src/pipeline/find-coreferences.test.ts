import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { ExtractResult } from '../model/index.js';
import { extractDocument } from './extract-document.js';

const knowledge = loadKnowledge();

function extract(text: string): ExtractResult {
  return extractDocument({ id: 't', text, published: '2016-12-01' }, knowledge);
}

/** The pronouns and descriptions each entity is referred to by, by the first name the text gives it. */
function referencesOf(result: ExtractResult): Map<string, string[]> {
  return new Map(result.entities.map((entity) => [entity.mentions?.[0]?.text ?? entity.name, (entity.references ?? []).map((r) => r.text)]));
}

describe('findCoreferences', () => {
  it('resolves "I" and "we" in quoted speech to the speaker and the body the speaker speaks for', () => {
    const result = extract('Gen. Joseph Votel, commander of U.S. Central Command said, "We have been clear. I expect progress." Votel added that he was pleased.');
    const refs = referencesOf(result);
    expect(refs.get('Joseph Votel')).toEqual(expect.arrayContaining(['I', 'he']));
    const body = result.entities.find((entity) => (entity.references ?? []).some((r) => r.text === 'We'));
    expect(body?.mentions?.[0]?.text).toBe('U.S. Central Command');
  });

  it('leaves "us" protected by someone to the public, not the body speaking', () => {
    const result = extract('Gen. Ann Ross, commander of U.S. Central Command said, "Our troops protect us every day and keep us safe. This plan gives us time."');
    const body = result.entities.find((entity) => entity.mentions?.[0]?.text === 'U.S. Central Command');
    expect((body?.references ?? []).filter((r) => r.text === 'us')).toHaveLength(1);
  });

  it('carries a body on from one sentence opening with "it" to the next', () => {
    const result = extract('The Kenyan Computer Society is an organization in Kenya. It was founded by John Mwangi in 1991. It acts as the registry for the country.');
    expect(referencesOf(result).get('Kenyan Computer Society')).toEqual(['It', 'It']);
  });

  it('reads a statement after "X said:" as X speaking', () => {
    const result = extract('Foreign Secretary Boris Johnson said:\n\nI am appalled by this attack.');
    expect(referencesOf(result).get('Boris Johnson')).toContain('I');
  });

  it('resolves "it" only where it stands for a body, never in "it is clear that"', () => {
    const result = extract('The Syrian Computer Society is an organization in Syria. It was founded in 1989. It is clear that more is needed.');
    const refs = referencesOf(result).get('Syrian Computer Society') ?? [];
    expect(refs).toEqual(['It']);
  });

  it('points a definite description to the last entity named with its head, and keeps the rest unnamed', () => {
    const result = extract('The Global Coalition conducted 12 strikes near Mosul. The coalition said opposition forces advanced.');
    expect(referencesOf(result).get('Global Coalition') ?? []).toContain('The coalition');
    expect(result.descriptions?.map((d) => d.text)).toContain('opposition forces');
  });

  it('never creates an entity from a pronoun or a description, and every span is the text at its offsets', () => {
    const text = 'Civilians fled the camp. They said the regime had bombed it. We condemn this.';
    const result = extract(text);
    expect(result.entities.map((entity) => entity.name.toLowerCase())).not.toEqual(expect.arrayContaining(['they', 'we', 'the regime', 'civilians']));
    for (const span of [...result.entities.flatMap((entity) => entity.references ?? []), ...(result.descriptions ?? [])]) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('keeps a first-person "I" with no named speaker as an unnamed person, never a numeral', () => {
    const result = extract('I welcome the news that Syrian opposition forces liberated Dabiq. After World War I the town grew. Again I want to thank our allies.');
    const people = (result.descriptions ?? []).filter((d) => d.kind === 'person').map((d) => d.start);
    expect(people).toEqual([0, result.descriptions?.find((d) => d.text === 'I' && d.start > 0)?.start]);
    expect(people).toHaveLength(2);
  });
});
