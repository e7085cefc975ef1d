import { describe, expect, it } from 'vitest';
import type { IncidentType } from '../model/index.js';
import type { AnalyzedText } from './analyze-text.js';
import { attributeFighters } from './attribute-fighters.js';
import type { IncidentDraft } from './find-incidents.js';
import type { DocEntity } from './link-entities.js';
import { draftOf } from './test-support/incident-drafts.js';

function entity(text: string, name: string, kind: DocEntity['kind']): DocEntity {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
  return { key: `${kind}:${name}`, kind, name, aliases: [], mentions };
}

function draftWith(text: string, type: IncidentType, sentences: number[], perpetrators: DocEntity[]): { draft: IncidentDraft; analyzed: AnalyzedText } {
  const told = draftOf(text, type, sentences);
  told.draft.perpetrators = perpetrators.map((perpetrator) => ({ entity: perpetrator, role: 'suspected', evidence: told.draft.evidence[0]! }));
  return told;
}

const perpetratorNames = (draft: IncidentDraft | undefined): string[] => draft?.perpetrators.map((perpetrator) => perpetrator.entity.name) ?? [];

describe('attributeFighters', () => {
  it("gives generic fighters the report's only armed group, named at least twice", () => {
    const text = 'the xlf announced a new campaign. guerrillas attacked a bus on the highway. the xlf is active in the north.';
    const group = entity(text, 'xlf', 'armed_group');
    const { draft, analyzed } = draftWith(text, 'armed_assault', [1], [entity(text, 'guerrillas', 'person')]);
    expect(perpetratorNames(attributeFighters([draft], [group], analyzed, 0)[0])).toEqual(['guerrillas', 'xlf']);
  });

  it('prefers the group named in the incident sentences when the report names several', () => {
    const text = 'the xlf and the ypa met. rebels of the ypa bombed a bridge. the xlf and the ypa denied it.';
    const groups = [entity(text, 'xlf', 'armed_group'), entity(text, 'ypa', 'armed_group')];
    const { draft, analyzed } = draftWith(text, 'bombing_explosion', [1], [entity(text, 'rebels', 'person')]);
    expect(perpetratorNames(attributeFighters([draft], groups, analyzed, 0)[0])).toEqual(['rebels', 'ypa']);
  });

  it('leaves named perpetrators, groups named once and incidents with a group alone', () => {
    const text = 'the xlf spoke. a man named juan attacked a bus. the xlf is active.';
    const group = entity(text, 'xlf', 'armed_group');
    const named = draftWith(text, 'armed_assault', [1], [entity(text, 'juan', 'person')]);
    expect(perpetratorNames(attributeFighters([named.draft], [group], named.analyzed, 0)[0])).toEqual(['juan']);
    const once = 'the zz spoke. guerrillas attacked a bus.';
    const single = draftWith(once, 'armed_assault', [1], [entity(once, 'guerrillas', 'person')]);
    expect(perpetratorNames(attributeFighters([single.draft], [entity(once, 'zz', 'armed_group')], single.analyzed, 0)[0])).toEqual(['guerrillas']);
  });
});
