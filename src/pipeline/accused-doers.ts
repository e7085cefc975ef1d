import type { AnalyzedText } from './analyze-text.js';
import { mucClassOfDraft } from './filter-incident-drafts.js';
import type { IncidentDraft } from './find-incidents.js';
import type { DocEntity } from './link-entities.js';

// The people a report names as accused of a killing: ranks and other heads a doer phrase has.
const doerHeads = '(?:soldiers|troops|officers|lieutenants|sergeants|guards|policemen|agents|men|individuals|persons|gunmen|assassins|hitmen|killers)';
const rank = '(?:colonel|col\\.?|captain|capt\\.?|lieutenant|lt\\.?|major|maj\\.?|sergeant|sgt\\.?|general|gen\\.?)';
// "the soldiers accused of murdering", "45 soldiers and 2 officers for killing", "colonel x y, accused of ordering the murder".
const doerPhrase = `((?:(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some) )?(?:(?!(?:the|a|an|of|and|or|to) )[a-z-]+ )?${doerHeads}|${rank}(?: (?!(?:and|or|of|the|who|whom|was|is|had|has|been|to|in|on|for|after|before)\\b)[a-z]+){1,4}?)`;
const accusation = '(?:,? (?:who (?:are|were|is|was|have been|has been) )?(?:accused|charged|suspected|blamed|convicted|arrested|detained|jailed) (?:of|with|for)|,? (?:who (?:are|were|is|was) )?responsible for| for)';
const crime = '(?: (?:ordering|having|allegedly|planning|carrying out))*(?: the)? (?:murder\\w*|kill\\w*|assassinat\\w*|massacre\\w*|execution\\w*|kidnap\\w*|abduct\\w*|death of)';
const accusedPattern = new RegExp(`\\b${doerPhrase}(?: and ${doerPhrase})?${accusation}${crime}`, 'gu');

const classOfCrime = (words: string): string => (/kidnap|abduct/u.test(words) ? 'kidnapping' : 'attack');
const bare = (text: string): string => text.toLowerCase().replace(/^(?:a|an|the)\s+/u, '');

/** The doer phrases a sentence names as accused of a crime, with their offsets in the sentence and the crime's MUC class. */
export function accusedDoers(sentence: string): { text: string; start: number; mucClass: string }[] {
  const lower = sentence.toLowerCase();
  const found: { text: string; start: number; mucClass: string }[] = [];
  for (const match of lower.matchAll(accusedPattern)) {
    const mucClass = classOfCrime(match[0]);
    for (const phrase of [match[1], match[2]]) {
      if (!phrase) continue;
      const start = match.index + match[0].indexOf(phrase, phrase === match[2] ? match[1]!.length : 0);
      found.push({ text: sentence.slice(start, start + phrase.length), start, mucClass });
    }
  }
  return found;
}

/**
 * Wire copy in one case: reports of abuses name the doers as the accused ("the soldiers accused of
 * murdering the priests") rather than as the subject of the deed. The nearest incident of the crime's
 * class takes them as suspected perpetrators, beside any the tagger found (its guesses there are often others named nearby).
 */
export function addAccusedDoers(drafts: IncidentDraft[], analyzed: AnalyzedText, bodyStart: number): IncidentDraft[] {
  const created = new Map<string, DocEntity>();
  analyzed.sentences.forEach((sentence, index) => {
    if (sentence.end <= bodyStart) return;
    for (const doer of accusedDoers(sentence.text)) {
      const candidates = drafts.filter((draft) => mucClassOfDraft(draft) === doer.mucClass);
      if (!candidates.length) continue;
      const draft = candidates.reduce((best, other) => (distance(other, index) < distance(best, index) ? other : best));
      const name = bare(doer.text);
      if (draft.perpetrators.some((perpetrator) => bare(perpetrator.entity.name) === name)) continue;
      let entity = created.get(name);
      if (!entity) {
        entity = { key: `accused:${name}`, kind: 'person', name: doer.text, aliases: [], mentions: [] };
        created.set(name, entity);
      }
      const start = sentence.start + doer.start;
      const evidence = { start, end: start + doer.text.length, text: doer.text };
      if (!entity.mentions.some((mention) => mention.start === start)) entity.mentions.push(evidence);
      draft.perpetrators.push({ entity, role: 'suspected', evidence });
    }
  });
  return drafts;
}

function distance(draft: IncidentDraft, sentence: number): number {
  return Math.min(...draft.sentences.map((index) => Math.abs(index - sentence)));
}
