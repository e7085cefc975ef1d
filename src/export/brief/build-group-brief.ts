// A group's brief: the profile facts in the spirit of the Mapping Militants
// profiles, strength estimates with who gave them, areas, incidents over time,
// the deadliest incidents and a map; every fact cites numbered sources.
import { rankDeadliestGroups } from '../../analytics/index.js';
import type { Predicate } from '../../model/index.js';
import type { Store, StoredClaim, StoredEntity } from '../../store/index.js';
import { BriefSources } from './brief-sources.js';
import { areaMark, briefTimeline, deadliestIncidents, incidentMarks, loadBriefIncidents, toBriefIncident } from './brief-incidents.js';
import type { Brief, BriefArea, BriefFact, BriefMapMark, BriefOptions, BriefSection, BriefStrength } from './brief-types.js';
import { claimValueText, foldBriefFacts, quantityText, toBriefArea } from './fold-brief-facts.js';

const many = 100_000;

/** Sections of the profile and the predicates each lists (outgoing claims). */
const sectionPredicates: ReadonlyArray<[string, readonly Predicate[]]> = [
  ['Profile', ['type', 'ideology', 'ranked', 'targets', 'modus_operandi', 'recruits_from']],
  ['Founding and origins', ['founded_on', 'founded_by_members_of', 'splinter_of', 'merged_into']],
  ['Affiliations, alliances and rivalries', ['affiliated_with', 'allied_with', 'rival_of', 'opposes', 'suffered_losses_from']],
  ['Leaders', ['leader']],
];
/** How a relation reads when the group is its object ("X affiliated_with this group" → "has affiliate X"). */
const incomingLabels: Partial<Record<Predicate, string>> = {
  affiliated_with: 'has affiliate',
  allied_with: 'allied with',
  rival_of: 'rival of',
  opposes: 'opposed by',
  splinter_of: 'has splinter',
  founded_by_members_of: 'members founded',
  merged_into: 'absorbed',
  suffered_losses_from: 'inflicted losses on',
};
const areaPredicates = new Set<Predicate>(['controls', 'present_in', 'based_in']);
/** Shown elsewhere (strength, areas, incidents) or as names. */
const elsewhere = new Set<Predicate>(['alias', 'strength', 'controls', 'present_in', 'based_in', 'claimed_responsibility_for', 'perpetrated']);

/** Builds the brief of one group (an armed group or organization entity). */
export async function buildGroupBrief(store: Store, group: StoredEntity, options: BriefOptions = {}): Promise<Brief> {
  const sources = new BriefSources();
  const entities = new Map<number, StoredEntity>([[group.id, group]]);
  const entity = async (id: number): Promise<StoredEntity | undefined> => {
    if (!entities.has(id)) {
      const found = await store.entities.resolve(id).catch(() => undefined);
      if (found !== undefined) entities.set(id, found);
      return found;
    }
    return entities.get(id);
  };
  const [aliases, outgoing, incoming] = await Promise.all([
    store.entities.aliasesOf(group.id),
    store.claims.forSubject({ entity: group.id }, { limit: many }),
    store.claims.forObject({ entity: group.id }, { limit: many }),
  ]);
  const byId = (a: StoredClaim, b: StoredClaim) => a.id - b.id;
  outgoing.sort(byId);
  incoming.sort(byId);
  const incidents = await loadBriefIncidents(store, { group: group.id });
  // Name every entity the claims and incidents point at.
  for (const claim of [...outgoing, ...incoming]) {
    if ('entity' in claim.subject) await entity(claim.subject.entity);
    if ('entity' in claim.object) await entity(claim.object.entity);
    for (const body of claim.accordingTo) await entity(body);
  }
  for (const loaded of incidents) for (const p of loaded.perpetrators) await entity(p.entityId);
  const nameOf = (id: number): string => entities.get(id)?.canonicalName ?? `entity ${id}`;
  const predicateLabel = (p: Predicate): string => p.replace(/_/g, ' ');

  const sections: BriefSection[] = [{ title: 'Names', facts: groupNames(group, aliases, outgoing, sources) }];
  for (const [title, predicates] of sectionPredicates) {
    const order = (c: StoredClaim): number => predicates.indexOf(c.predicate);
    const own = outgoing.filter((c) => predicates.includes(c.predicate)).sort((a, b) => order(a) - order(b) || a.id - b.id);
    const theirs = title.startsWith('Affiliations') || title.startsWith('Founding') ? incoming.filter((c) => predicates.includes(c.predicate) && 'entity' in c.subject) : [];
    const facts = [
      ...foldBriefFacts(own, (c) => predicateLabel(c.predicate), (c) => claimValueText(c.object, nameOf), nameOf, sources),
      ...foldBriefFacts(theirs, (c) => incomingLabels[c.predicate] ?? `${predicateLabel(c.predicate)} (as object)`, (c) => ('entity' in c.subject ? nameOf(c.subject.entity) : ''), nameOf, sources),
    ];
    if (facts.length > 0) sections.push({ title, facts });
  }
  const listed = new Set(sectionPredicates.flatMap(([, predicates]) => predicates));
  const other = outgoing.filter((c) => !listed.has(c.predicate) && !elsewhere.has(c.predicate));
  if (other.length > 0) sections.push({ title: 'Other facts', facts: foldBriefFacts(other, (c) => predicateLabel(c.predicate), (c) => claimValueText(c.object, nameOf), nameOf, sources) });

  const strength: BriefStrength[] = outgoing
    .filter((c) => c.predicate === 'strength')
    .map((c) => {
      const quantity = 'quantity' in c.object ? c.object.quantity : {};
      return {
        asOf: c.asOf,
        min: quantity.min ?? null,
        max: quantity.max ?? null,
        unit: quantity.unit ?? null,
        text: 'quantity' in c.object ? quantityText(quantity) : claimValueText(c.object, nameOf),
        accordingTo: c.accordingTo.map(nameOf),
        modality: c.modality,
        sources: sources.citeAll([c.documentId]),
      };
    })
    .sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));

  const areas: BriefArea[] = [];
  const areaClaims = new Map<string, StoredClaim[]>();
  for (const claim of outgoing) {
    if (!areaPredicates.has(claim.predicate) || !('entity' in claim.object)) continue;
    const key = `${claim.predicate}|${claim.object.entity}`;
    areaClaims.set(key, [...(areaClaims.get(key) ?? []), claim]);
  }
  for (const claims of areaClaims.values()) {
    const area = toBriefArea(claims, entities, nameOf, sources);
    if (area !== undefined) areas.push(area);
  }

  const responsible = incidents.filter((l) => l.perpetrators.some((p) => p.entityId === group.id && (p.role === 'claimed' || p.role === 'attributed')));
  const suspected = incidents.filter((l) => l.perpetrators.some((p) => p.entityId === group.id && p.role === 'suspected') && !responsible.includes(l));
  const shown = incidents.filter((l) => l.perpetrators.some((p) => p.entityId === group.id && p.role !== 'denied'));
  const deadliest = deadliestIncidents(shown).map((l) => toBriefIncident(l, nameOf, sources));
  const deaths = responsible.reduce((sum, l) => sum + (l.incident.best.killed ?? 0), 0);
  const ranking = await rankDeadliestGroups(store);
  const rankIndex = ranking.rows.findIndex((r) => r.entityId === group.id);

  const marks: BriefMapMark[] = [];
  for (const area of areas) {
    const mark = areaMark(area, options.locate);
    if (mark !== undefined) marks.push(mark);
  }
  marks.push(...incidentMarks(shown, options.locate));

  const figures = [
    { label: 'Incidents claimed or attributed', value: String(responsible.length) },
    { label: 'Deaths in them', value: String(deaths) },
    { label: 'Incidents where only suspected', value: String(suspected.length) },
    { label: 'Rank by attributed deaths (terrorism incidents, all years)', value: rankIndex < 0 ? 'not ranked' : `${rankIndex + 1} of ${ranking.rows.length}` },
  ];
  const brief: Brief = {
    kind: 'group',
    title: group.canonicalName,
    subtitle: `${group.kind.replace(/_/g, ' ')}, entity ${group.id}${group.knownId === null ? '' : ` (${group.knownId})`}`,
    figures,
    sections,
    strength,
    areas,
    timeline: briefTimeline(responsible.map((l) => l.incident)),
    deadliest,
    groups: [],
    scores: [],
    map: { marks, countries: [] },
    sources: [],
    notes: [
      'Counts are of what was ingested, not of the world: a brief is as complete as the reports behind it.',
      'Incidents and deaths over time count incidents the group claimed or was attributed; deaths are the best (most conservative well-sourced) figure, victims only.',
      'Every fact is a claim from a report: several reports of one value are one fact with several sources; estimates are listed with who gave them, never averaged.',
    ],
  };
  brief.sources = await sources.list(store);
  return brief;
}

/** The group's names: canonical first, then aliases and alias claims, each with where it came from. */
function groupNames(group: StoredEntity, aliases: readonly { name: string; source: string }[], claims: readonly StoredClaim[], sources: BriefSources): BriefFact[] {
  const byName = new Map<string, BriefFact>();
  const add = (name: string, source: string | number | null): void => {
    const key = name.toLowerCase();
    const fact = byName.get(key) ?? { label: byName.size === 0 ? 'name' : 'alias', value: name, when: null, accordingTo: [], modalities: [], sources: [], origins: [] };
    byName.set(key, fact);
    if (typeof source === 'number') {
      const number = sources.cite(source);
      if (!fact.sources.includes(number)) fact.sources.push(number);
      fact.sources.sort((a, b) => a - b);
    } else if (typeof source === 'string') {
      const document = /^document:(\d+)$/.exec(source)?.[1];
      if (document !== undefined) add(name, Number(document));
      else if (!fact.origins.includes(source)) fact.origins.push(source);
    }
  };
  add(group.canonicalName, null);
  for (const alias of aliases) add(alias.name, alias.source);
  for (const claim of claims) if (claim.predicate === 'alias' && 'text' in claim.object) add(claim.object.text, claim.documentId);
  return [...byName.values()];
}
