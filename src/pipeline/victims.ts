import type { TargetCategory } from '../model/index.js';
import type { QuantityMention } from './quantities.js';
import { victimsNationalities } from './victims-nationalities.js';
import { victimsNouns } from './victims-nouns.js';

/** The stage id recorded with targets described here. */
export const victimsStage = 'victims@1';

/** What a counted phrase says about its victims: their target category and nationality (ISO2). */
export interface VictimDescription {
  category?: TargetCategory;
  nationality?: string;
}

// Modifiers that decide the category of a generic noun ("army officers", "aid workers").
const modifierCategories: ReadonlyArray<readonly [RegExp, TargetCategory]> = [
  [/\b(?:army|military|defen[cs]e|security force|troops?|naval|air force|special forces)\b/, 'military'],
  [/\b(?:police|traffic police|border police)\b/, 'police'],
  [/\b(?:aid|humanitarian|relief|charity|ngo|un|u\.n\.|health|polio|red cross|red crescent)\b/, 'ngo'],
  [/\b(?:government|state|ministry|provincial|district|election|civil)\b/, 'government'],
  [/\b(?:media|news|television|radio|press)\b/, 'journalists'],
  [/\b(?:embassy|consulate|diplomatic)\b/, 'diplomatic'],
  [/\b(?:school|university|college)\b/, 'education'],
  [/\b(?:mosque|church|temple|shrine|shia|shiite|sunni|sufi|christian|hindu|sikh|hazara)\b/, 'religious'],
  [/\b(?:bus|airline|railway|train)\b/, 'transportation'],
];

function tokensOf(phrase: string): string[] {
  return phrase.toLowerCase().match(/\p{L}(?:\.\p{L})+\.?|\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];
}

/**
 * Describes the people a quantity counts ("13 US soldiers" → military, US; "five Afghan
 * policemen" → police, AF; "three Chinese engineers" → business, CN).
 */
export function describeVictims(text: string, quantity: QuantityMention): VictimDescription {
  // The counted phrase, plus a few words after it for units the quantity reader did not reach.
  const phrase = text.slice(quantity.start, Math.min(text.length, Math.max(quantity.end, quantity.start)));
  const words = tokensOf(phrase);
  const description: VictimDescription = {};
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    const nationality = victimsNationalities.get(two) ?? victimsNationalities.get(words[i] ?? '');
    // "us" is a pronoun unless it modifies a following word in a count ("13 US soldiers").
    if (nationality && !(words[i] === 'us' && i === words.length - 1)) {
      description.nationality = nationality;
      break;
    }
  }
  const unit = quantity.unit?.toLowerCase();
  const noun = (unit ? victimsNouns.get(unit) : undefined) ?? lastNoun(words);
  if (noun) {
    description.category = noun.category;
    // Generic nouns take their category from a modifier: "army officers", "aid workers", "school teachers".
    if (['other', 'business', 'police', 'civilians'].includes(noun.category) || noun.singular === 'official') {
      const modifiers = words.slice(0, Math.max(0, words.length - 1)).join(' ');
      for (const [pattern, category] of modifierCategories) {
        if (pattern.test(modifiers)) {
          if (noun.category === 'police' && category === 'military' && noun.singular !== 'officer') break;
          description.category = category;
          break;
        }
      }
    }
    if (description.category === 'other' && description.nationality) description.category = 'civilians';
  } else if (description.nationality && words.length > 0 && victimsNationalities.has(words[words.length - 1] ?? '')) {
    // "three Americans": a demonym alone counts civilians of that nationality.
    description.category = 'civilians';
  }
  return description;
}

function lastNoun(words: readonly string[]) {
  for (let i = words.length - 1; i >= 0; i--) {
    const two = i > 0 ? victimsNouns.get(`${words[i - 1]} ${words[i]}`) : undefined;
    if (two) return two;
    const one = victimsNouns.get(words[i] ?? '');
    if (one) return one;
  }
  return undefined;
}
