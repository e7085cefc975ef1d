import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { analyzeText } from './analyze-text.js';
import { findMentions } from './find-mentions.js';

const knowledge = loadKnowledge();

function guessed(text: string): Array<[string, string | undefined]> {
  return findMentions(analyzeText(text), knowledge).map((m) => [m.text, m.guessedKind]);
}

describe('findProperNames', () => {
  it('types unknown names by their head noun, known names inside included', () => {
    const found = guessed('Officials from the Baghdad Operational Command met the Syrian Computer Society near the Tiyas Military Airfield.');
    expect(found).toContainEqual(['Baghdad Operational Command', 'organization']);
    expect(found).toContainEqual(['Syrian Computer Society', 'organization']);
    expect(found).toContainEqual(['Tiyas Military Airfield', 'location']);
  });

  it('takes the name after a title, not the title, and later uses of the surname', () => {
    const found = guessed('Foreign Minister Julie Bishop met Lt. Gen. Stephen J. Townsend in Canberra. Townsend said the talks went well.');
    expect(found).toContainEqual(['Julie Bishop', 'person']);
    expect(found).toContainEqual(['Stephen J. Townsend', 'person']);
    expect(found).toContainEqual(['Townsend', 'person']);
    expect(found.some(([text]) => text.includes('Minister'))).toBe(false);
  });

  it('reads Arabic names with particles and kunyas, and places after a locative preposition', () => {
    const found = guessed('The leader, Abu Jandal al-Kuwaiti, was killed near Al Shadaddi on Monday.');
    expect(found).toContainEqual(['Abu Jandal al-Kuwaiti', 'person']);
    expect(found).toContainEqual(['Al Shadaddi', 'location']);
  });

  it('names a state body by nationality and noun, as an organisation and never an armed group', () => {
    const found = guessed('The strikes supported Kuwaiti security forces and the Syrian opposition.');
    expect(found).toContainEqual(['Kuwaiti security forces', 'organization']);
    expect(found).toContainEqual(['Syrian opposition', 'organization']);
  });

  it('leaves capitalised words at a sentence start and month names alone, and one-case text to the dictionaries', () => {
    const found = guessed('Following the update, officials met on Monday in January.');
    expect(found.filter(([, kind]) => kind !== undefined)).toEqual([]);
    expect(guessed('foreign minister julie bishop met the baghdad operational command.').filter(([, kind]) => kind !== undefined)).toEqual([]);
  });
  it('reads a surname alone as the person named in full before, even a city’s name or after a particle-like given name', () => {
    const found = guessed('Navy Senior Chief Petty Officer Scott C. Dayton was killed. Dayton was 42. Defense Secretary Ash Carter spoke. Later, Carter flew home.');
    expect(found).toContainEqual(['Scott C. Dayton', 'person']);
    expect(found.filter(([text, kind]) => text === 'Dayton' && kind === 'person')).toHaveLength(1);
    expect(found).toContainEqual(['Carter', 'person']);
  });

  it('leaves an office named alone to the descriptions and finds places by the company they keep', () => {
    const found = guessed('The Foreign Secretary met aid workers. Regime attacks hit Aleppo and Daraya on Monday.');
    expect(found.some(([text]) => text === 'Foreign Secretary')).toBe(false);
    expect(found).toContainEqual(['Daraya', 'location']);
  });

  it('reads a town\'s name right after a rank as a surname, but not a place after an office and "of"', () => {
    const found = guessed('His Chief of Staff is Major General Hassan. The First Minister of Scotland spoke.');
    expect(found).toContainEqual(['Hassan', 'person']);
    expect(found).toContainEqual(['Scotland', undefined]);
  });

  it('keeps a nationality just before a body\'s name inside that name', () => {
    const found = guessed('The Jordanian 71st Counter Terrorism Battalion trained with the Iraqi Ministry of Culture.');
    expect(found).toContainEqual(['Jordanian 71st Counter Terrorism Battalion', 'organization']);
  });

  it('reads an unknown word before a known surname as a person, not the small town the surname also names', () => {
    const found = guessed('The old mural showed Qusay Hussein beside the governor.');
    expect(found).toContainEqual(['Qusay Hussein', 'person']);
    expect(guessed('Troops crossed the border near the Georgian town. Georgian Kaspi is quiet.')).not.toContainEqual(['Georgian Kaspi', 'person']);
  });

  it('reads a known name opening a sentence as a person when it is the subject of a verb or owns something', () => {
    expect(guessed('Calm returned to the valley. Karzai has been silent since May.')).toContainEqual(['Karzai', 'person']);
    expect(guessed('Calm returned to the valley. Karzai province is quiet.')).not.toContainEqual(['Karzai', 'person']);
    expect(guessed('Calm returned to the valley. Karzai’s cabinet met on Monday.')).toContainEqual(['Karzai', 'person']);
  });

  it('reads a kibbutz as a place', () => {
    expect(guessed('Rockets hit Kibbutz Nahal Oz and the fields nearby.')).toContainEqual(['Kibbutz Nahal Oz', 'location']);
  });

  it('joins a body\'s two portfolios after "of", but not a known place after "and"', () => {
    expect(guessed('The Ministry of Culture and Tourism opened the museum.')).toContainEqual(['Ministry of Culture and Tourism', 'organization']);
    expect(guessed('The Government of Iraq and Syria disagreed.').map(([text]) => text)).not.toContain('Government of Iraq and Syria');
  });

  it('reads a surname with its article alone as a person when it acts as one, and a nisba as no place', () => {
    const found = guessed('Its commander, al-Tamimi, said the town had fallen. Officials said al-Baghdadi was killed in the raid.');
    expect(found).toContainEqual(['al-Tamimi', 'person']);
    expect(found).toContainEqual(['al-Baghdadi', 'person']);
    expect(found.some(([text]) => text === 'Baghdadi')).toBe(false);
  });

  it('keeps a place with its article when its own name ends in -i', () => {
    expect(guessed('Troops entered al-Ramadi on Monday.').map(([text]) => text)).toContain('al-Ramadi');
  });

  it('reads a body whose head noun some small town is also called as one body, and a country\'s numbered unit whole', () => {
    const found = guessed('Students of Westminster International University met officers of the U.S. 5th Fleet and the UK 3rd Division.');
    expect(found).toContainEqual(['Westminster International University', 'organization']);
    expect(found).toContainEqual(['U.S. 5th Fleet', 'organization']);
    expect(found).toContainEqual(['UK 3rd Division', 'organization']);
    expect(found.some(([text]) => text === 'University')).toBe(false);
  });

  it('reads an unknown short form after a nationality as the body, the nationality only qualifying it', () => {
    const found = guessed('Officials said the Kurdish KDPF captured the town.');
    expect(found).toContainEqual(['KDPF', 'organization']);
  });

  it('reads a short form with a lower-case "o" between capitals as a body\'s', () => {
    const found = guessed('According to a DoD news release, the Iraqi MoI agreed.');
    expect(found).toContainEqual(['DoD', 'organization']);
    expect(found).toContainEqual(['MoI', 'organization']);
  });

  it('reads a body named with a number word after its head whole', () => {
    expect(guessed('She served with Coastal Riverine Patrol Unit Three in Bahrain.')).toContainEqual(['Coastal Riverine Patrol Unit Three', 'organization']);
  });

  it('reads "the Department" and "the Agency" written with a capital as a body, and not without "the"', () => {
    const found = guessed('The Department of Labor met unions. The Department said the Agency would help. Department officials agreed.');
    expect(found).toContainEqual(['Department', 'organization']);
    expect(found).toContainEqual(['Agency', 'organization']);
    expect(found.filter(([text]) => text === 'Department')).toHaveLength(1);
    expect(guessed('According to the Committee to Protect Journalists, nine were killed.').map(([text]) => text)).not.toContain('Committee');
  });

  it('reads an unknown name as a place before the country it lies in, after "out of", after "towns of" and after a verb of going and "to"', () => {
    const found = guessed('Rebels retook Wajirra, Kenya, and were pushed out of Dolbay. Troops fled to Garsen from the towns of Hosingo and Kolbio.');
    for (const place of ['Wajirra', 'Dolbay', 'Garsen', 'Hosingo']) expect(found).toContainEqual([place, 'location']);
    expect(guessed('He met Mwangi, Kenya’s envoy, and spoke to Otieno.')).not.toContainEqual(['Mwangi', 'location']);
  });

  it('reads a capitalised community as a body', () => {
    expect(guessed('Aid was blocked again. The International Community must act now.')).toContainEqual(['International Community', 'organization']);
  });
});
