import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSchema } from '../model/index.js';
import type { Claim, ClaimObject, Evidence, ExtractResult, Incident } from '../model/index.js';
import { loadSeedGold } from './load-seed-gold.js';
import type { SeedGold } from './load-seed-gold.js';
import { scoreSeed } from './score-seed.js';

const sharedRoot = path.resolve(process.cwd(), '../shared');
const haveGold = existsSync(path.join(sharedRoot, 'gold'));
if (!haveGold) console.warn(`score-seed.test: ${sharedRoot}/gold is absent; the seed scorer tests are skipped.`);

function evidenceFor(text: string, quote: string): Evidence {
  const part = quote.split(/\s*(?:\.\.\.| \/ )\s*/)[0]!.replace(/'/g, '’');
  const at = text.indexOf(part) >= 0 ? text.indexOf(part) : text.indexOf(quote.split(/\s*(?:\.\.\.| \/ )\s*/)[0]!);
  if (at < 0) throw new Error(`quote not found: ${quote}`);
  const len = part.length;
  return { start: at, end: at + len, text: text.slice(at, at + len) };
}

/** A hand-built perfect reading of the seed, derived from the gold itself. */
function perfectResult(gold: SeedGold): ExtractResult {
  const text = gold.documentText!;
  const entities = gold.entities.map((e) => ({
    id: `e:${e.key}`,
    kind: e.kind as ExtractResult['entities'][number]['kind'],
    name: e.names[0]!,
    aliases: e.names.slice(1),
    ...(e.level ? { level: e.level as 'city' } : {}),
    ...(e.country ? { country: e.country } : {}),
    ...(e.geonames ? { geonamesId: e.geonames } : {}),
  }));
  const keyed = new Set(gold.entities.map((e) => e.key));
  const claims: Claim[] = [];
  const incidents: Incident[] = [];
  const count = {};
  for (const fact of [...gold.must, ...gold.should]) {
    const evidence = fact.sentence ? [evidenceFor(text, fact.sentence)] : [];
    if (fact.incident) {
      incidents.push({
        id: 'i:1', type: 'bombing_explosion', suicide: true, claimed: true,
        date: { value: '2021-08-27', precision: 'day' },
        location: { entity: 'e:KABUL_AIRPORT', name: 'Kabul airport', level: 'facility', country: 'AF' },
        perpetrators: [{ entity: 'e:ISK', role: 'claimed' }],
        targets: [{ category: 'military', nationality: 'US', text: '13 US soldiers', count: 13 }],
        weapons: [], killed: { min: 13, best: 13 }, wounded: count, captured: count, perpetrators_killed: count,
        evidence, extractor: 'test',
      });
      continue;
    }
    if (fact.development) {
      incidents.push({
        id: 'i:2', type: 'territory_change', suicide: false, claimed: false,
        date: { precision: 'range', latest: '2021-08-27' },
        location: { entity: 'e:AFG', name: 'Afghanistan', level: 'country', country: 'AF' },
        perpetrators: [{ entity: 'e:TALIBAN', role: 'attributed' }], targets: [], weapons: [],
        killed: count, wounded: count, captured: count, perpetrators_killed: count, evidence, extractor: 'test',
      });
      continue;
    }
    if (!fact.predicate) continue;
    const objects = Array.isArray(fact.object) ? fact.object : [fact.object];
    for (const o of objects) {
      let object: ClaimObject;
      if (typeof o === 'string' && o.startsWith('incident:')) object = { incident: 'i:1' };
      // In alias facts strings are names, even one that is also a gold key ("ISK").
      else if (typeof o === 'string' && keyed.has(o) && fact.predicate !== 'alias') object = { entity: `e:${o}` };
      else if (typeof o === 'string') object = { text: o };
      else if ('max_at_least' in (o as object)) object = { quantity: { min: 500, max: 3000, unit: 'fighters' } };
      else object = o as ClaimObject;
      const according = fact.according_to === undefined ? [] : (Array.isArray(fact.according_to) ? fact.according_to : [fact.according_to]);
      claims.push({
        subject: `e:${fact.subject}`, predicate: fact.predicate as Claim['predicate'], object,
        ...(according.length ? { according_to: according.map((k) => `e:${k}`) } : {}),
        ...(fact.as_of ? { as_of: fact.as_of } : {}),
        ...(fact.qualifier ? { qualifier: fact.qualifier } : {}),
        modality: 'asserted', confidence: 1, evidence, extractor: 'test',
      });
    }
  }
  return { schema: extractSchema, id: 'seed', published: gold.published, entities, claims, incidents, diagnostics: [] };
}

describe.skipIf(!haveGold)('scoreSeed', () => {
  const gold = haveGold ? loadSeedGold(sharedRoot)[0]! : undefined;

  it('gives a perfect reading full marks', () => {
    const score = scoreSeed(gold!, perfectResult(gold!));
    expect(score.facts.filter((f) => !f.pass)).toEqual([]);
    expect(score.perfect).toBe(true);
  });

  it('fails every must on an empty result, each with a reason, and passes the traps', () => {
    const score = scoreSeed(gold!, { ...perfectResult(gold!), entities: [], claims: [], incidents: [] });
    for (const f of score.facts.filter((x) => x.tier !== 'must_not')) {
      expect(f.pass, f.id).toBe(false);
      expect(f.reason, f.id).toBeTruthy();
    }
    expect(score.totals.must_not.passed).toBe(score.totals.must_not.total);
  });

  it('rejects evidence outside the quoted sentence', () => {
    const result = perfectResult(gold!);
    const based = result.claims.find((c) => c.predicate === 'based_in' && c.subject === 'e:ISK')!;
    based.evidence = [evidenceFor(gold!.documentText!, 'To the IS-K the Taliban are their arch rivals.')];
    const m3 = scoreSeed(gold!, result).facts.find((f) => f.id === 'M3')!;
    expect(m3.pass).toBe(false);
    expect(m3.reason).toMatch(/outside the sentence/);
  });

  it('springs the traps: persons, merges, wrong perpetrators, late dates, a second incident', () => {
    const result = perfectResult(gold!);
    result.entities.push({ id: 'e:p', kind: 'person', name: 'Somebody', aliases: [] });
    result.entities.find((e) => e.id === 'e:ISK')!.aliases.push('Islamic State');
    const attack = result.incidents[0]!;
    attack.perpetrators.push({ entity: 'e:TALIBAN', role: 'suspected' });
    result.incidents.push({ ...attack, id: 'i:3', date: { value: '2021-09-01', precision: 'day' } });
    result.claims.push({ subject: 'e:ISK', predicate: 'present_in', object: { entity: 'e:IRN' }, modality: 'asserted', confidence: 1, evidence: [], extractor: 't' });
    const failed = scoreSeed(gold!, result).facts.filter((f) => f.tier === 'must_not' && !f.pass).map((f) => f.id);
    expect(failed).toEqual(['X1', 'X2', 'X3', 'X4', 'X5', 'X6']);
  });

  it('checks the incident field by field', () => {
    const result = perfectResult(gold!);
    result.incidents[0]!.suicide = false;
    result.incidents[0]!.killed = { min: 12 };
    const m12 = scoreSeed(gold!, result).facts.find((f) => f.id === 'M12')!;
    expect(m12.pass).toBe(false);
    expect(m12.reason).toMatch(/suicide/);
    expect(m12.reason).toMatch(/killed\.min 12/);
  });
});
