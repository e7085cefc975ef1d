import type { ExtractResult, ExtractedEntity, Incident, IncidentTarget, TargetCategory } from '../model/index.js';
import { emptyRoleFillers, mucRoles } from './load-muc4.js';
import type { MucEntity, MucRoleFillers, MucTemplate } from './load-muc4.js';
import { normalizeMention } from './score-ceaf-ree.js';
import { mucClassOf } from '../pipeline/filter-incident-drafts.js';
import { personTitles } from '../pipeline/classify-name.js';

/**
 * sitrep incident types → MUC-4 incident types: the pipeline's own table. Non-violent developments and
 * arrests have no MUC counterpart and yield no template; MUC's robbery and forced work stoppage have no sitrep type.
 */
const incidentTypeMap = mucClassOf;

/** Target categories that name people (MUC Victim); the rest are physical or organisational targets (MUC Target). */
const victimCategories: ReadonlySet<TargetCategory> = new Set<TargetCategory>(['civilians', 'military', 'police', 'journalists', 'ngo', 'armed_group']);
const physicalWords = /\b(building|house|office|embassy|station|plant|bank|vehicle|car|bus|truck|bridge|tower|pylon|line|substation|facilit\w*|farm|church|mosque|school|hotel|store|shop|headquarters|airport|base|post|installation|pipeline|residence)s?\b/;

/** The MUC incident type of a sitrep incident, or undefined when it is not a MUC incident. */
export function mucIncidentType(incident: Incident): string | undefined {
  if (incident.type === 'facility_attack' && incident.weapons.some((w) => /\b(fire|incendiar|arson|molotov|burn)/i.test(w))) return 'arson';
  return incidentTypeMap[incident.type];
}

/** The strings an entity appears as in the text (its mentions), else its name and aliases. */
function entityMentions(entity: ExtractedEntity | undefined): MucEntity {
  if (!entity) return [];
  const texts = entity.mentions?.length ? entity.mentions.map((m) => m.text) : [entity.name, ...entity.aliases];
  return [...new Set(texts.filter((t) => t.trim()))];
}

/**
 * One mention per perpetrator: an entity's mentions may include a partial name the reader got
 * wrong, and a MUC entity matches only when every predicted mention is right. The commonest
 * spelling (earliest on ties) is the safest.
 */
function commonestMention(entity: ExtractedEntity | undefined): MucEntity {
  const mentions = entity?.mentions?.map((m) => m.text) ?? [];
  if (!mentions.length) return entityMentions(entity).slice(0, 1);
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(normalizeMention(m), (counts.get(normalizeMention(m)) ?? 0) + 1);
  let best = mentions[0]!;
  for (const m of mentions) if ((counts.get(normalizeMention(m)) ?? 0) > (counts.get(normalizeMention(best)) ?? 0)) best = m;
  return [best];
}

function isVictim(target: IncidentTarget, entity: ExtractedEntity | undefined): boolean {
  if (entity) return entity.kind === 'person';
  if (physicalWords.test(target.text.toLowerCase())) return false;
  return victimCategories.has(target.category);
}

/**
 * MUC-4 names a victim without title or rank ("governor antonio roldan betancur" is filled as
 * "antonio roldan betancur"; the train split's victims exclude a preceding title 181 times in 185), so
 * a run of leading titles is dropped when two words remain.
 */
function withoutTitle(mention: string): string {
  const words = mention.trim().split(/\s+/u);
  let first = 0;
  while (words.length - first > 2 && personTitles.has((words[first] ?? '').toLowerCase().replace(/\.$/u, ''))) first += 1;
  return first ? words.slice(first).join(' ') : mention;
}

function saysWord(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase);
  while (at >= 0) {
    if (!/\w/.test(text[at - 1] ?? ' ') && !/\w/.test(text[at + phrase.length] ?? ' ')) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}

function pushUnique(list: MucEntity[], entity: MucEntity): void {
  if (!entity.length) return;
  const key = entity.map(normalizeMention).sort().join('|');
  if (list.some((e) => e.map(normalizeMention).sort().join('|') === key)) return;
  list.push(entity);
}

/**
 * Map sitrep incidents to MUC-4 templates: PerpInd from person perpetrators, PerpOrg from group
 * perpetrators (their mention strings as they appear in the text), Target from physical or
 * organisational targets, Victim from people, Weapon from the weapon phrases.
 */
export function mapToMucTemplates(result: ExtractResult): MucTemplate[] {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const templates: MucTemplate[] = [];
  for (const incident of result.incidents) {
    const type = mucIncidentType(incident);
    if (!type) continue;
    const roles = emptyRoleFillers();
    for (const perp of incident.perpetrators) {
      if (perp.role === 'denied') continue;
      const entity = byId.get(perp.entity);
      pushUnique(entity?.kind === 'person' ? roles.PerpInd : roles.PerpOrg, commonestMention(entity));
    }
    for (const target of incident.targets) {
      // A casualty figure ("four people") is counted, not a MUC role filler.
      if (target.count !== undefined) continue;
      const entity = target.entity ? byId.get(target.entity) : undefined;
      const mentions = target.text.trim() ? [target.text] : entityMentions(entity);
      if (isVictim(target, entity)) pushUnique(roles.Victim, mentions.map(withoutTitle));
      else pushUnique(roles.Target, mentions);
    }
    // MUC weapons are verbatim spans: a weapon absent from the incident's evidence is a label ("firearm"), not a span.
    const said = incident.evidence.map((span) => span.text.toLowerCase()).join('\n');
    // An arson's fire is what makes it an arson (its type), not an instrument MUC lists as a weapon.
    const spoken = incident.weapons.filter((weapon) => saysWord(said, weapon.toLowerCase()) && !(type === 'arson' && weapon === 'fire'));
    for (const weapon of spoken) {
      // "bomb" beside "car bomb" names the same weapon twice.
      if (spoken.some((other) => other !== weapon && saysWord(other.toLowerCase(), weapon.toLowerCase()))) continue;
      pushUnique(roles.Weapon, [weapon]);
    }
    templates.push({ incident_type: type, roles });
  }
  return templates;
}

/** The GRIT view: one merged role set per document (the union of the templates' fillers). */
export function mapToMucExtracts(result: ExtractResult): MucRoleFillers {
  const merged = emptyRoleFillers();
  for (const template of mapToMucTemplates(result)) for (const role of mucRoles) for (const e of template.roles[role]) pushUnique(merged[role], e);
  return merged;
}
