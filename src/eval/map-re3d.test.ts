import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { extractDocument } from '../pipeline/extract-document.js';
import { mapToRe3d, re3dSpan } from './map-re3d.js';

describe('re3dSpan', () => {
  const text = 'Following talks, the Foreign Secretary Boris Johnson met Minister for the Middle East Tobias Ellwood and the UN in Mosul; Carter said so.';
  const at = (phrase: string): { start: number; end: number } => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
  const cut = (span: { start: number; end: number }): string => text.slice(span.start, span.end);

  it('gives a person the title before the name, as re3d annotates it', () => {
    const boris = at('Boris Johnson');
    expect(cut(re3dSpan(text, boris.start, boris.end, 'Person'))).toBe('the Foreign Secretary Boris Johnson');
    const ellwood = at('Tobias Ellwood');
    expect(cut(re3dSpan(text, ellwood.start, ellwood.end, 'Person'))).toBe('Minister for the Middle East Tobias Ellwood');
    const carter = at('Carter');
    expect(cut(re3dSpan(text, carter.start, carter.end, 'Person'))).toBe('Carter');
  });

  it('gives an organisation its article and leaves places as they are', () => {
    const un = at('UN');
    expect(cut(re3dSpan(text, un.start, un.end, 'Organisation'))).toBe('the UN');
    const mosul = at('Mosul');
    expect(cut(re3dSpan(text, mosul.start, mosul.end, 'Location'))).toBe('Mosul');
  });
});

describe('re3dSpan for organisations', () => {
  it('keeps a numbered unit\'s number without the article, and gives a common-noun group its possessive', () => {
    const text = 'Pilots from the 332nd AEW flew with our Afghan partners.';
    const unit = text.indexOf('AEW');
    expect(text.slice(re3dSpan(text, unit, unit + 3, 'Organisation').start, unit + 3)).toBe('332nd AEW');
    const group = text.indexOf('Afghan partners');
    expect(text.slice(re3dSpan(text, group, group + 15, 'Organisation').start, group + 15)).toBe('our Afghan partners');
  });
});

describe('mapToRe3d', () => {
  const knowledge = loadKnowledge();
  const spans = (text: string): string[] => mapToRe3d(extractDocument({ id: 't', text, published: '2016-12-01' }, knowledge), text).entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

  it('keeps an abbreviated rank outside the name', () => {
    expect(spans('The exercise went well, said Staff Sgt. Albert Connelly on Monday.')).toContain('Person:Albert Connelly');
  });

  it('labels a country acting as a state both Organisation and Location, a country as a place Location only', () => {
    const found = spans('The United States strongly condemns the attack in Syria.');
    expect(found).toEqual(expect.arrayContaining(['Organisation:The United States', 'Location:United States', 'Location:Syria']));
    expect(found).not.toContain('Organisation:Syria');
  });

  it('maps personal pronouns and descriptions, not possessive determiners, and leaves counts of things out', () => {
    const found = spans('Near Mosul, five strikes engaged four ISIL tactical units. The Coalition said its partners advanced and they held 40,000 civilians safe. We condemn ISIL.');
    expect(found).toEqual(expect.arrayContaining(['Organisation:ISIL tactical units', 'Organisation:its partners', 'Organisation:40,000 civilians', 'Organisation:We']));
    expect(found).not.toContain('Organisation:its');
  });

  it('does not take a country short form before an office or body name for the state acting', () => {
    const found = spans('The Foreign Secretary met the US Secretary of State in Paris. The US is committed to the talks.');
    expect(found).not.toContain('Organisation:the US');
    expect(found).toContain('Organisation:The US');
  });

  it('leaves an evaluative adjective and its article out of a group', () => {
    const found = spans('The regime and the brutal shabiha militias shelled the town, killing innocent civilians.');
    expect(found).toEqual(expect.arrayContaining(['Organisation:shabiha militias', 'Organisation:civilians']));
    expect(found).not.toContain('Organisation:innocent civilians');
  });

  it('leaves the count out of combatants counted, and keeps it for civilians', () => {
    const found = spans('An airstrike in Anbar province killed more than 20 militants and 139 insurgents, and 60 civilians fled.');
    expect(found).toEqual(expect.arrayContaining(['Organisation:militants', 'Organisation:insurgents', 'Organisation:60 civilians']));
  });

  it('takes "Press" into a title before a name', () => {
    expect(spans('Pentagon Press Secretary Peter Cook said the strike hit its target.')).toContain('Person:Pentagon Press Secretary Peter Cook');
  });

  it('takes a graded rank whole before a name', () => {
    const found = spans('Navy Special Warfare Operator 1st Class Charles H. Keating IV was killed near Tall Usquf.');
    expect(found).toContain('Person:Navy Special Warfare Operator 1st Class Charles H. Keating IV');
    expect(found).not.toContain('Person:Navy Special Warfare Operator');
  });

  it('takes a title just inside an opening quote', () => {
    expect(spans('The talks ended.\n\n“Mr Johnson also raised the situation in Ukraine.')).toContain('Person:Mr Johnson');
  });

  it('takes a nationality before a body\'s name and the forces after it into the organisation', () => {
    const found = spans('Officials said the Turkish PKK held the town while Coalition military forces struck targets nearby.');
    expect(found).toEqual(expect.arrayContaining(['Organisation:the Turkish PKK', 'Organisation:Coalition military forces']));
    expect(found).not.toContain('Organisation:Coalition');
  });

  it('names a body owned by another as one organisation', () => {
    const found = spans('The Coalition’s Finance Committee met in Kuwait on Tuesday.');
    expect(found).toContain('Organisation:The Coalition’s Finance Committee');
    expect(found).not.toContain('Organisation:The Coalition');
    expect(found).not.toContain('Organisation:Finance Committee');
  });

  it('leaves the count and its "of" out of a people counted loosely', () => {
    expect(spans('Aid has reached thousands of Yemenis in Hodeidah.')).toContain('Organisation:Yemenis');
  });

  it('takes a body\'s short form before an office, and a lower-case rank alone, into a person\'s title', () => {
    expect(spans('NATO Minister Anna Lindqvist arrived in Vilnius on Monday.')).toContain('Person:NATO Minister Anna Lindqvist');
    expect(spans('Royal Navy lieutenant James Wilson was rescued on Monday.')).toContain('Person:lieutenant James Wilson');
  });

  it('leaves the article to the noun a name modifies, but not to a verb the tagger reads as a noun', () => {
    const found = spans('Officials praised the NATO mission in Kosovo. The Government of Kenya renders all possible help.');
    expect(found).toContain('Organisation:NATO');
    expect(found).not.toContain('Organisation:the NATO');
  });

  it('labels a country that is the subject of an infinitive or joined by others an organisation too', () => {
    const found = spans('The minister pressed for Kenya to open the border. British troops will join Norway in the exercise.');
    expect(found).toEqual(expect.arrayContaining(['Organisation:Kenya', 'Location:Kenya', 'Organisation:Norway']));
  });

  it('leaves a count in millions out even for people', () => {
    expect(spans('The war has displaced two million people across the region.')).toContain('Organisation:people');
  });

  it('labels a country asked about as the subject of a question an organisation too', () => {
    expect(spans('Question: Will Canada send observers to the talks?')).toContain('Organisation:Canada');
  });

  it('labels a country joined to another to name a thing between them a place, not an actor', () => {
    const found = spans('Smugglers moved fighters across the Kenya-Somalia border last year.');
    expect(found).toContain('Location:Kenya');
    expect(found).not.toContain('Organisation:the Kenya');
  });

  it('takes "Acting" and "Interim" into a title', () => {
    expect(spans('Dr. Amina Yusuf, Acting Director of the Office of Archives, spoke on Monday.')).toContain('Person:Acting Director of the Office of Archives');
    expect(spans('Interim President Sam Okoro arrived in Abuja.')).toContain('Person:Interim President Sam Okoro');
  });

  it('names a body a country owns as one organisation, the country staying a place', () => {
    const found = spans('This is the hardest task that Kenya’s Security Forces have faced.');
    expect(found).toEqual(expect.arrayContaining(['Organisation:Kenya’s Security Forces', 'Location:Kenya']));
    expect(found).not.toContain('Organisation:Security Forces');
  });

  it('takes a province and its own country after a comma as one place too', () => {
    expect(spans('ISIL killed 40 members of a tribe in Anbar, Iraq last week.')).toContain('Location:Anbar, Iraq');
  });
});
