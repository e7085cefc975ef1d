import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { analyzeText } from './analyze-text.js';
import { findDescriptions } from './find-descriptions.js';
import { findMentions } from './find-mentions.js';

const knowledge = loadKnowledge();

function described(text: string): Array<[string, string]> {
  const analyzed = analyzeText(text);
  return findDescriptions(analyzed, findMentions(analyzed, knowledge)).map((d) => [d.text, d.kind]);
}

describe('findDescriptions', () => {
  it('reads lower-case phrases for groups of people and bodies with their determiner and modifiers', () => {
    const found = described('The regime and its backers bombed opposition forces and innocent civilians, the international community said.');
    expect(found).toContainEqual(['The regime', 'organization']);
    expect(found).toContainEqual(['its backers', 'organization']);
    expect(found).toContainEqual(['opposition forces', 'organization']);
    expect(found).toContainEqual(['innocent civilians', 'organization']);
    expect(found).toContainEqual(['the international community', 'organization']);
  });

  it('keeps a name that modifies the head inside the phrase and leaves the name as a name', () => {
    const found = described('Near Mosul, five strikes engaged four ISIL tactical units and destroyed three ISIL-held buildings.');
    expect(found).toContainEqual(['four ISIL tactical units', 'organization']);
    expect(found).toContainEqual(['three ISIL-held buildings', 'location']);
  });

  it('joins coordinated heads and modifiers, and the "of" phrase of a few heads', () => {
    const found = described('We will consult with allies and partners. Kurdish and Yezidi fighters freed the town. Our thoughts are with the families of the victims.');
    expect(found).toContainEqual(['allies and partners', 'organization']);
    expect(found).toContainEqual(['Kurdish and Yezidi fighters', 'organization']);
    expect(found).toContainEqual(['the families of the victims', 'organization']);
  });

  it('reads peoples named in the plural and a place described with its name', () => {
    const found = described('Over half a million Syrians are besieged. Rebels liberated the Syrian town of Dabiq in the vicinity of Aleppo.');
    expect(found).toContainEqual(['a million Syrians', 'organization']);
    expect(found).toContainEqual(['the Syrian town of Dabiq', 'location']);
  });

  it('reads a body named before its own action as the actor, alone, but not a body noun modifying anything else', () => {
    const found = described('The convoy was hit by a coalition airstrike. The town was reduced to rubble by regime bombardment. The government building was empty.');
    expect(found).toContainEqual(['coalition', 'organization']);
    expect(found).toContainEqual(['regime', 'organization']);
    expect(found.map(([text]) => text)).not.toContain('government');
  });

  it('reads businesses, universities and alumni as bodies, a nationality inside an "of" phrase included', () => {
    const found = described('The minister met Kenyan businesses and Somali alumni of British universities in Nairobi.');
    expect(found).toContainEqual(['Kenyan businesses', 'organization']);
    expect(found).toContainEqual(['Somali alumni of British universities', 'organization']);
  });

  it('ends a group before a time word or a participle opening a clause, and reads minorities and responders as groups', () => {
    const found = described('The spokesman told reporters today that jets hit enemy fighters firing on the convoy. Aid reached religious minorities and emergency responders.');
    expect(found).toContainEqual(['reporters', 'organization']);
    expect(found).toContainEqual(['enemy fighters', 'organization']);
    expect(found).toContainEqual(['religious minorities', 'organization']);
    expect(found).toContainEqual(['emergency responders', 'organization']);
    expect(described('Jets struck an aid convoy near the border.')).toContainEqual(['an aid convoy', 'organization']);
    expect(described('Local fighters, supported by Coalition advisers, began the assault.')).toContainEqual(['Coalition advisers', 'organization']);
  });

  it('does not read an office as a person of its own when an invisible direction mark stands before the name', () => {
    const found = described('The envoy met Kenyan Prime Minister\u200e Daniel Ochieng in Nairobi.');
    expect(found.map(([text]) => text)).not.toContain('Kenyan Prime Minister');
    expect(described('Talks will be chaired by the UN Special Envoy de Souza in Geneva.').map(([text]) => text)).not.toContain('the UN Special Envoy');
  });

  it('reads a role word the tagger calls an adjective as a person when nothing follows it, and "one" as a determiner', () => {
    const found = described('The battle saw 40 soldiers and a senior Kenyan general killed, including one hostage who was freed.');
    expect(found).toContainEqual(['a senior Kenyan general', 'person']);
    expect(found).toContainEqual(['one hostage', 'person']);
    expect(described('A general strike closed the shops.').map(([text]) => text)).not.toContain('A general');
    expect(described('The KDF-AMISOM commanding general, Maj. Gen. Ann Ross, spoke.')).toContainEqual(['The KDF-AMISOM commanding general', 'person']);
  });

  it('reads a body named with a name before it that owns something', () => {
    expect(described('We call for an end to the Taliban regime’s attacks on Kunduz.')).toContainEqual(['the Taliban regime', 'organization']);
  });

  it('reads a people whose singular is a noun of its own ("Turks", "Poles") as a group', () => {
    const found = described('The talks went well, thanks to our partners, especially the Turks. Many Poles joined the mission.');
    expect(found).toContainEqual(['the Turks', 'organization']);
    expect(found).toContainEqual(['Many Poles', 'organization']);
  });

  it('reads a person named by office alone, but not a title before a name', () => {
    const found = described('The Foreign Secretary met the Iraqi Foreign Minister in London. Foreign Secretary Boris Johnson said nothing.');
    expect(found).toContainEqual(['The Foreign Secretary', 'person']);
    expect(found).toContainEqual(['the Iraqi Foreign Minister', 'person']);
    expect(found.filter(([text]) => text.includes('Foreign Secretary'))).toHaveLength(1);
  });

  it('does not take a noun that modifies another, a bare singular, or a partitive head', () => {
    const found = described('Coalition aircraft hit a group of buildings. Group photo taken at the area command post.');
    expect(found.map(([text]) => text)).not.toContain('a group');
    expect(found.map(([text]) => text)).not.toContain('Group');
    expect(found).toContainEqual(['buildings', 'location']);
  });

  it('reads a role set off beside a person\'s name, with its "of" phrase or its modifiers, but not a bare title in a list', () => {
    const found = described('Gen. Joseph Votel, commander of U.S. Central Command, spoke. Col. David C. Lyons, 407th AEG commander, agreed. Gen. Gary J. Volesky, commander, Combined Joint Forces Land Component Command, left.');
    expect(found).toContainEqual(['commander of U.S. Central Command', 'person']);
    expect(found).toContainEqual(['407th AEG commander', 'person']);
    expect(found.map(([text]) => text)).not.toContain('commander');
  });

  it('does not read "that" joining a clause as the determiner of a plural head', () => {
    const found = described('Officials denied reports that rebel fighters had entered the town. That camp held refugees.');
    expect(found).toContainEqual(['rebel fighters', 'organization']);
    expect(found.map(([text]) => text)).not.toContain('that rebel fighters');
  });

  it('reads a body that owns something, but not victims who do', () => {
    const found = described('Aid groups condemned the regime’s airstrikes and mourned the victims’ relatives.');
    expect(found).toContainEqual(['the regime', 'organization']);
    expect(found.map(([text]) => text)).not.toContain('the victims');
  });
});
