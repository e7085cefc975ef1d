import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { extractDocument } from './extract-document.js';

const knowledge = loadKnowledge();

function kindsOf(text: string): Map<string, string> {
  const result = extractDocument({ id: 't', text, published: '2020-05-01' }, knowledge);
  return new Map(result.entities.map((entity) => [entity.name, entity.kind]));
}

describe('linkEntities: ambiguous names nothing in the text settles', () => {
  it('reads a lone service noun that a list gives to some faction as a military, never an armed group', () => {
    const kinds = kindsOf('The Navy said its ships shelled positions near the port of Aden on Tuesday.');
    expect(kinds.get('Navy')).toBe('military');
    expect([...kinds.values()]).not.toContain('armed_group');
  });
});
