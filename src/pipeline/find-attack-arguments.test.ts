import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text.js';
import { findAttackArguments } from './find-attack-arguments.js';

function argumentsOf(text: string): { attackers: string[]; targets: string[] } {
  const analyzed = analyzeText(text);
  const attackers: string[] = [];
  const targets: string[] = [];
  for (const sentence of analyzed.sentences) {
    const found = findAttackArguments(analyzed, sentence);
    for (const phrase of found.attackers) {
      expect(text.slice(phrase.start, phrase.end)).toBe(phrase.text);
      attackers.push(phrase.text);
    }
    for (const phrase of found.targets) {
      expect(text.slice(phrase.start, phrase.end)).toBe(phrase.text);
      targets.push(phrase.text);
    }
  }
  return { attackers, targets };
}

describe('findAttackArguments', () => {
  it('reads the subject and object of an active attack verb', () => {
    const found = argumentsOf('On Monday, gunmen stormed the Grand Hotel in the capital.');
    expect(found.attackers).toContain('gunmen');
    expect(found.targets.some((target) => target.endsWith('Hotel'))).toBe(true);
  });

  it('reads a passive clause: the subject is the target, the by-phrase the attacker', () => {
    const found = argumentsOf('The police checkpoint was attacked by militants on Sunday.');
    expect(found.targets).toContain('The police checkpoint');
    expect(found.attackers).toContain('militants');
  });

  it('reads the place an attack noun hit', () => {
    const found = argumentsOf('The explosion at a bakery injured 30 people.');
    expect(found.targets).toContain('a bakery');
  });

  it('takes no pronoun as an argument', () => {
    const found = argumentsOf('They attacked it on Friday.');
    expect(found.attackers).toEqual([]);
    expect(found.targets).toEqual([]);
  });
});
