import { describe, expect, it } from 'vitest';
import type { RoleModels } from '../knowledge/role-models-data.js';
import type { IncidentType } from '../model/index.js';
import { analyzeText } from './analyze-text.js';
import { applyRoleModel, isSpeaker, namesNoDoer, namesTarget, tellsOnlyOfLegalProcess, trimSpan, victimSpanRole, withoutPlacePhrase } from './apply-role-model.js';
import type { IncidentDraft } from './find-incidents.js';
import type { DocEntity, Reference } from './link-entities.js';
import { sentenceEvidence } from './find-incidents.js';
import { tagLabels } from './role-model.js';

const label = (name: string): number => tagLabels.indexOf(name);
// A hand-set tagger: three words and their roles, everything else O.
const models: RoleModels = {
  version: 1,
  tagger: { labels: tagLabels, weights: { b: [0, 20], 'w=guerrillas': [label('B-PerpInd'), 40], 'w=bank': [label('B-Target'), 40], 'w=dynamite': [label('B-Weapon'), 40] } },
  types: { bombing: { labels: ['no', 'yes'], weights: { 'd=dynamite': [1, 2] } } },
};

function draft(type: IncidentType): IncidentDraft {
  return { type, suicide: false, sentences: [], evidence: [], perpetrators: [], date: { precision: 'unknown' }, killed: {}, wounded: {}, captured: {}, perpetratorsKilled: {}, victims: [], weapons: [] };
}

function run(text: string, drafts: IncidentDraft[] = []): IncidentDraft[] {
  const analyzed = analyzeText(text);
  return applyRoleModel(drafts, {
    analyzed,
    references: [],
    models,
    bodyStart: 0,
    newDraft: draft,
    evidence: (index) => sentenceEvidence(analyzed, analyzed.sentences[index]!, 0),
  });
}

describe('applyRoleModel', () => {
  const text = 'urban guerrillas placed dynamite at the bank in la paz. the police said nothing else.';

  it('adds an incident of a type the classifier finds and the rules missed, with verbatim fillers', () => {
    const [incident, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(incident?.type).toBe('bombing_explosion');
    expect(incident?.weapons).toEqual(['dynamite']);
    expect(incident?.victims.map((victim) => [victim.text, victim.category])).toEqual([['bank', 'business']]);
    expect(incident?.perpetrators.map((perpetrator) => [perpetrator.entity.name, perpetrator.entity.kind, perpetrator.role])).toEqual([['guerrillas', 'person', 'suspected']]);
    const mention = incident?.perpetrators[0]?.entity.mentions[0];
    expect(mention && text.slice(mention.start, mention.end)).toBe('guerrillas');
  });

  it('leaves a role the rules filled to the rules', () => {
    const ruled = draft('bombing_explosion');
    ruled.sentences.push(0);
    ruled.victims.push({ category: 'government', text: 'the mayor' });
    const [incident] = run(text, [ruled]);
    expect(incident).toBe(ruled);
    expect(incident?.victims.map((victim) => victim.text)).toEqual(['the mayor']);
    expect(incident?.weapons).toEqual(['dynamite']);
  });

  it('adds nothing when the tagger finds nothing and no type is reported', () => {
    expect(run('the weather was fine. the market opened.')).toEqual([]);
  });
});

describe('applyRoleModel: a group name the tagger reads further than the rules', () => {
  const groupModels: RoleModels = {
    ...models,
    tagger: {
      labels: tagLabels,
      weights: {
        b: [0, 20],
        'w=farabundo': [label('B-PerpOrg'), 40],
        ...Object.fromEntries(['marti', 'national', 'liberation', 'front'].map((word) => [`w=${word}`, [label('I-PerpOrg'), 40]])),
        'w=dynamite': [label('B-Weapon'), 40],
      },
    },
  };
  const text = 'the farabundo marti national liberation front placed dynamite at the bank.';
  const start = text.indexOf('national');
  const end = text.indexOf(' placed');
  const group: DocEntity = { key: 'g', kind: 'armed_group', name: 'national liberation front', aliases: ['fmln'], mentions: [{ start, end, text: text.slice(start, end) }] };

  it('names the linked group and keeps the fuller span as its mention', () => {
    const analyzed = analyzeText(text);
    const reference: Reference = { entity: group, start, end, sentence: 0, via: 'name' };
    const [incident] = applyRoleModel([], { analyzed, references: [reference], models: groupModels, bodyStart: 0, newDraft: draft, evidence: (index) => sentenceEvidence(analyzed, analyzed.sentences[index]!, 0) });
    expect(incident?.perpetrators.map((perpetrator) => perpetrator.entity)).toEqual([group]);
    expect(group.mentions.map((mention) => mention.text)).toEqual(['national liberation front', 'farabundo marti national liberation front']);
  });
});

describe('applyRoleModel: reports the classifier reads no incident in', () => {
  const quiet: RoleModels = { ...models, types: { any: { labels: ['no', 'yes'], weights: { b: [0, 1] } } } };
  const analyzed = analyzeText('the bombing campaign was discussed. ten people were killed last year.');
  const apply = (drafts: IncidentDraft[]): IncidentDraft[] =>
    applyRoleModel(drafts, { analyzed, references: [], models: quiet, bodyStart: 0, newDraft: draft, evidence: (index) => sentenceEvidence(analyzed, analyzed.sentences[index]!, 0) });

  it('drops a draft with no participant and no figure, keeps one with figures', () => {
    const passing = draft('bombing_explosion');
    passing.sentences.push(0);
    const counted = draft('armed_assault');
    counted.sentences.push(1);
    counted.killed = { min: 10, max: 10, best: 10 };
    expect(apply([passing, counted])).toEqual([counted]);
  });
});

describe('namesNoDoer', () => {
  it('reads a lone modifier as naming nobody, a noun or a plural demonym as a doer', () => {
    expect(namesNoDoer('young')).toBe(true);
    expect(namesNoDoer('italian')).toBe(true);
    expect(namesNoDoer('young individuals')).toBe(false);
    expect(namesNoDoer('italians')).toBe(false);
    expect(namesNoDoer('gunmen')).toBe(false);
  });
});

describe('withoutPlacePhrase', () => {
  it('drops where a target stands, keeping a name that only contains a place word', () => {
    expect(withoutPlacePhrase('the baptist church at san pedro district')).toBe('the baptist church');
    expect(withoutPlacePhrase('a bank in the city of lagos')).toBe('a bank');
    expect(withoutPlacePhrase('the district attorney office')).toBe('the district attorney office');
    expect(withoutPlacePhrase('a bank in another part of the town')).toBe('a bank in another part of the town');
  });
});

describe('trimSpan', () => {
  it('drops function words a boundary left at the edges, keeping offsets exact', () => {
    const text = 'the offices of';
    const trimmed = trimSpan({ role: 'Target', start: 10, end: 10 + text.length, text, sentence: 0, score: 1 });
    expect(trimmed?.text).toBe('offices');
    expect(trimmed?.start).toBe(14);
    expect(trimSpan({ role: 'Target', start: 0, end: 2, text: 'of', sentence: 0, score: 1 })).toBeUndefined();
  });

  it('drops a time adverb the tagger ran on into', () => {
    expect(trimSpan({ role: 'Weapon', start: 0, end: 22, text: 'dynamite charge today', sentence: 0, score: 1 })?.text).toBe('dynamite charge');
    expect(trimSpan({ role: 'PerpInd', start: 0, end: 29, text: 'terrorists of the eln tonight', sentence: 0, score: 1 })?.text).toBe('terrorists of the eln');
    expect(trimSpan({ role: 'Target', start: 0, end: 22, text: 'the offices of tonight', sentence: 0, score: 1 })?.text).toBe('offices');
  });

  it('ends a phrase at a verb it ran on into, unless the phrase has its own relative clause', () => {
    const span = (text: string, start = 0): Parameters<typeof trimSpan>[0] => ({ role: 'Victim', start, end: start + text.length, text, sentence: 0, score: 1 });
    expect(trimSpan(span('three farmers were'))?.text).toBe('three farmers');
    expect(trimSpan(span('other union members have been condemned'))?.text).toBe('other union members');
    expect(trimSpan(span('the rebels on their trucks'))?.text).toBe('rebels');
    expect(trimSpan(span('refugees who had been in the camp'))?.text).toBe('refugees who had been in the camp');
  });

  it('drops a reporting clause before the phrase, keeping offsets exact', () => {
    const trimmed = trimSpan({ role: 'Target', start: 5, end: 5 + 37, text: 'sources announced that a cargo plane', sentence: 0, score: 1 });
    expect(trimmed?.text).toBe('cargo plane');
    expect(trimmed?.start).toBe(5 + 'sources announced that a '.length);
  });

  it('reads a target named by a part of its building as the building, keeping offsets exact', () => {
    const target = (text: string): Parameters<typeof trimSpan>[0] => ({ role: 'Target', start: 3, end: 3 + text.length, text, sentence: 0, score: 1 });
    const trimmed = trimSpan(target('the fourth floor of the grand hotel'));
    expect(trimmed?.text).toBe('grand hotel');
    expect(trimmed?.start).toBe(3 + 'the fourth floor of the '.length);
    expect(trimSpan(target('shelves of a book store'))?.text).toBe('book store');
    expect(trimSpan(target('offices of the mayor'))?.text).toBe('offices of the mayor');
    // Only a target: a victim "of" phrase keeps its head.
    expect(trimSpan({ ...target('the windows of the bank'), role: 'Victim' })?.text).toBe('windows of the bank');
  });
});

describe('victimSpanRole', () => {
  it('keeps people as victims', () => {
    expect(victimSpanRole('the mayor of the town')).toBe('Victim');
    expect(victimSpanRole('three peasants')).toBe('Victim');
  });
  it('reads a vehicle as a target and a weapon, place or body as no victim', () => {
    expect(victimSpanRole('a patrol jeep')).toBe('Target');
    expect(victimSpanRole('gunfire shots')).toBeUndefined();
    expect(victimSpanRole('the rocket launcher')).toBeUndefined();
    expect(victimSpanRole('the river hamlet')).toBeUndefined();
    expect(victimSpanRole('a relief organization')).toBeUndefined();
  });
});

describe('namesTarget', () => {
  it('keeps things that can be attacked and drops sides, sectors and abstract bodies', () => {
    expect(namesTarget('the offices of the ministry')).toBe(true);
    expect(namesTarget('a power pylon')).toBe(true);
    expect(namesTarget('the eastern side')).toBe(false);
    expect(namesTarget('the department of roads')).toBe(false);
    expect(namesTarget('the private banking sector')).toBe(false);
  });
});

describe('isSpeaker', () => {
  const at = (text: string, name: string): boolean => isSpeaker(text, text.indexOf(name), text.indexOf(name) + name.length);
  it('reads who tells of an event as a speaker', () => {
    expect(at('according to party leader ana ruiz, the activist was killed on monday.', 'ana ruiz')).toBe(true);
    expect(at('bishop juan soto, who condemned the murder, asked for calm.', 'juan soto')).toBe(true);
    expect(at('juan soto said the bomb went off at noon.', 'juan soto')).toBe(true);
  });
  it('does not read a victim as a speaker', () => {
    expect(at('according to the police, the activist ana ruiz was killed on monday.', 'ana ruiz')).toBe(false);
    expect(at('gunmen killed juan soto in his home.', 'juan soto')).toBe(false);
  });
});

describe('tellsOnlyOfLegalProcess', () => {
  it('reads courts and extraditions without violence as a legal process', () => {
    expect(tellsOnlyOfLegalProcess('the following were extradited: ana ruiz and juan soto.')).toBe(true);
    expect(tellsOnlyOfLegalProcess('the new judge overturned the ruling to release the suspects.')).toBe(true);
  });
  it('does not when the sentence tells of the violence too', () => {
    expect(tellsOnlyOfLegalProcess('the judge was killed by gunmen outside the court.')).toBe(false);
    expect(tellsOnlyOfLegalProcess('gunmen shot the mayor in his car.')).toBe(false);
  });
});
