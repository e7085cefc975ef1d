import { describe, it, expect } from 'vitest';
import { loadKnowledge } from './load-knowledge.js';
import { foldName } from './fold-name.js';
import type { PhraseEntry, Place } from './knowledge.js';

const k = loadKnowledge();

function entry(phrase: string): PhraseEntry {
  const e = k.lookup(foldName(phrase));
  if (!e) throw new Error(`no entry for ${phrase}`);
  return e;
}

function placeAt(phrase: string, level: Place['level'], country: string): Place | undefined {
  return entry(phrase).places.find((p) => p.level === level && p.country === country);
}

function nameIds(phrase: string): string[] {
  return entry(phrase).names.map((n) => n.id);
}

describe('loadKnowledge: gazetteer', () => {
  it('finds Kabul the city, and Kabol as its spelling', () => {
    expect(placeAt('Kabul', 'city', 'AF')?.geonamesId).toBe(1138958);
    expect(placeAt('Kabol', 'city', 'AF')?.geonamesId).toBe(1138958);
    expect(placeAt('Kabul', 'city', 'AF')?.admin1Name).toBe('Kabul');
  });

  it('finds Afghan provinces by their GeoNames ids', () => {
    // Ids are those of ../shared/geonames/admin1CodesASCII.txt.
    expect(placeAt('Kunar', 'admin1', 'AF')?.geonamesId).toBe(1135702);
    expect(placeAt('Nangarhar', 'admin1', 'AF')?.geonamesId).toBe(1132366);
    expect(placeAt('Nuristan', 'admin1', 'AF')?.geonamesId).toBe(1444363);
    expect(placeAt('Nurestan', 'admin1', 'AF')?.geonamesId).toBe(1444363);
    expect(placeAt('Kunar', 'admin1', 'AF')?.admin1).toBe('AF.34');
  });

  it('joins transliterations of one province', () => {
    const jowzjan = placeAt('Jowzjan', 'admin1', 'AF');
    expect(jowzjan).toBeDefined();
    expect(placeAt('Jawzjan', 'admin1', 'AF')).toBe(jowzjan);
    const wardak = placeAt('Maidan Wardak', 'admin1', 'AF');
    expect(wardak).toBeDefined();
    expect(placeAt('Wardak', 'admin1', 'AF')).toBe(wardak);
    expect(placeAt('Maidan Wardak Province', 'admin1', 'AF')).toBe(wardak);
    const sarepol = placeAt('Sar-e Pol', 'admin1', 'AF');
    expect(sarepol).toBeDefined();
    expect(placeAt('Sari Pul', 'admin1', 'AF')).toBe(sarepol);
    expect(placeAt('Sar-i-Pul', 'admin1', 'AF')).toBe(sarepol);
    expect(placeAt('Hilmand', 'admin1', 'AF')).toBe(placeAt('Helmand', 'admin1', 'AF'));
    expect(placeAt('Paktiya', 'admin1', 'AF')).toBe(placeAt('Paktia', 'admin1', 'AF'));
  });

  it('matches unlisted transliterations approximately', () => {
    const e = k.lookup('jawzjaan');
    expect(e?.approximate).toBe(true);
    expect(e?.places[0]?.name).toBe('Jowzjan');
  });

  it('finds countries first, with known GeoNames ids', () => {
    const ids: Record<string, number> = { Afghanistan: 1149361, Pakistan: 1168579, Iran: 130758, Syria: 163843, Iraq: 99237 };
    for (const [name, id] of Object.entries(ids)) {
      const first = entry(name).places[0];
      expect(first?.level).toBe('country');
      expect(first?.geonamesId).toBe(id);
    }
    expect(k.country('AF')?.name).toBe('Afghanistan');
    expect(k.country('AF')?.lat).toBeCloseTo(34.5, 0);
  });

  it('knows Arabic spellings of Iraqi cities', () => {
    expect(placeAt('Al Mawsil', 'city', 'IQ')?.geonamesId).toBe(placeAt('Mosul', 'city', 'IQ')?.geonamesId);
    expect(placeAt('Baghdad', 'city', 'IQ')).toBeDefined();
  });

  it('knows a few facilities and regions', () => {
    const airport = entry('Kabul airport').places[0];
    expect(airport?.level).toBe('facility');
    expect(airport?.admin1Name).toBe('Kabul');
    expect(entry('Central Asia').places[0]?.level).toBe('region');
    expect(entry('Khorasan').places[0]?.level).toBe('region');
  });

  it('admin1 lookup by code', () => {
    expect(k.admin1('AF.34')?.name).toBe('Kunar');
  });

  it('leaves out small towns named like English words, and flags large ones', () => {
    expect(k.lookup('police')).toBeUndefined();
    expect(k.lookup('nice')?.ambiguous).toBe(true);
  });
});

describe('loadKnowledge: names', () => {
  it('keeps Islamic State Khorasan Province apart from Islamic State', () => {
    const iskp = nameIds('ISKP')[0] ?? '';
    expect(iskp).toBe('grp:islamic-state-khorasan-province');
    expect(nameIds('IS-K')[0]).toBe(iskp);
    expect(nameIds('ISIS-K')[0]).toBe(iskp);
    expect(nameIds('Islamic State Khorasan Province')[0]).toBe(iskp);
    expect(nameIds('Islamic State')[0]).toBe('grp:islamic-state');
    expect(nameIds('ISIS')).not.toContain(iskp);
    expect(k.name(iskp)?.parent).toBe('grp:islamic-state');
    expect(k.name(iskp)?.aliases.some((a) => a.source === 'UNSC:QDe.161')).toBe(true);
    expect(k.name(iskp)?.aliases.some((a) => a.source === 'OFAC:18647')).toBe(true);
  });

  it('marks short and shared forms ambiguous', () => {
    expect(entry('IS').ambiguous).toBe(true);
    expect(entry('ISIS').ambiguous).toBe(true);
    expect(entry('IMU').ambiguous).toBe(true);
    expect(nameIds('IMU')[0]).toBe('grp:islamic-movement-of-uzbekistan');
    expect(nameIds('Islamic Movement of Uzbekistan')).toEqual(['grp:islamic-movement-of-uzbekistan']);
    expect(entry('Islamic Movement of Uzbekistan').ambiguous).toBe(false);
  });

  it('keeps the Pakistani Taliban apart from the Taliban', () => {
    const ttp = nameIds('Pakistani Taliban');
    expect(ttp).toEqual(['grp:tehrik-i-taliban-pakistan']);
    expect(nameIds('TTP')[0]).toBe('grp:tehrik-i-taliban-pakistan');
    expect(nameIds('Tehrik-i-Taliban Pakistan')[0]).toBe('grp:tehrik-i-taliban-pakistan');
    expect(nameIds('Taliban')[0]).toBe('grp:taliban');
    expect(nameIds('Afghan Taliban')[0]).toBe('grp:taliban');
  });

  it('finds bodies, monitors and publications with their kinds', () => {
    expect(entry('UN Security Council').names[0]?.kind).toBe('organization');
    expect(nameIds('United Nations Security Council')[0]).toBe(nameIds('UNSC')[0]);
    expect(entry('SITE Intelligence Group').names[0]?.kind).toBe('organization');
    expect(entry('Institute for Economics and Peace').names[0]?.kind).toBe('organization');
    expect(entry('Global Terrorism Index').names[0]?.kind).toBe('publication');
    expect(entry('Amaq').names[0]?.kind).toBe('publication');
  });

  it('knows countries as states too', () => {
    expect(nameIds('United States')).toContain('state:US');
    expect(nameIds('U.S.')).toContain('state:US');
    expect(entry('US').ambiguous).toBe(true);
    expect(nameIds('Britain')).toContain('state:GB');
    expect(nameIds('Burma')).toContain('state:MM');
    expect(nameIds('Ivory Coast')).toContain('state:CI');
    expect(k.name('state:AF')?.aliases.some((a) => a.source.startsWith('UCDP:'))).toBe(true);
  });

  it('knows militaries with their country', () => {
    const us = entry('US forces').names[0];
    expect(us?.kind).toBe('military');
    expect(us?.country).toBe('US');
    expect(entry('Afghan National Security Forces').names[0]?.country).toBe('AF');
  });

  it('answers prefixes of multi-word entries', () => {
    expect(k.hasPrefix('islamic state')).toBe(true);
    expect(k.hasPrefix('institute for economics')).toBe(true);
    expect(k.hasPrefix('zzzz qqqq')).toBe(false);
    expect(k.maxPhraseTokens).toBeGreaterThan(3);
  });

  it('is cached per directory', () => {
    expect(loadKnowledge()).toBe(k);
  });
});

describe('loadKnowledge: guards', () => {
  it('gives every known name its own id', () => {
    const ids = k.knownNames().map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('flags place names that are ordinary English words', () => {
    expect(k.lookup('reading')?.commonWord).toBe(true);
    expect(k.lookup('kabul')?.commonWord).toBeUndefined();
  });

  it('does not take English words or stray windows for transliterations', () => {
    for (const phrase of ['percent', 'assault', 'kashmir or', 'a rebel', 'in july', 'georgian']) {
      expect(k.lookup(phrase)?.approximate, phrase).not.toBe(true);
    }
  });

  it('never puts a pinned group and another pinned group under one id', () => {
    const taliban = k.name('grp:taliban');
    const ttp = k.name('grp:tehrik-i-taliban-pakistan');
    expect(taliban?.aliases.some((a) => a.source === 'UNSC:QDe.132')).toBe(false);
    expect(ttp?.aliases.some((a) => a.source === 'OFAC:6636')).toBe(false);
  });
});
