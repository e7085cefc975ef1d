// A group profile: names with sources, facts, founding, relations, strength
// over time, areas on a map, incidents on a timeline, deadliest, sources.
import type { GroupProfile } from '../../../src/server/api-types.js';
import { getJson, listMerges } from '../api.js';
import { claimItem, describeObject } from '../claim-item.js';
import { el, link, section } from '../dom.js';
import { flashMessage, mergeForm, mergeTable } from '../review-widgets.js';
import { timeCharts } from '../time-chart.js';
import { timeline } from '../timeline.js';
import { worldMap } from '../world-map.js';
import { incidentList } from './incident-list.js';

const radiusByLevel: Record<string, number> = { facility: 1, city: 5, admin2: 25, admin1: 80, region: 300, country: 400 };

/** Renders the profile of group `id`. */
export async function groupPage(root: HTMLElement, id: number): Promise<void> {
  const [profile, groups, merges] = await Promise.all([getJson<GroupProfile>(`/api/groups/${id}`), getJson<{ groups: Array<{ id: number; name: string }> }>('/api/groups'), listMerges({ kind: 'entity', involving: id })]);
  const claims = (items: GroupProfile['facts']) => (items.length === 0 ? el('p', { class: 'empty' }, 'None reported.') : el('ul', { class: 'claims' }, ...items.map((claim) => claimItem(claim))));
  const marks = profile.areas
    .filter((area) => area.lat !== null && area.lon !== null)
    .map((area) => ({ lat: area.lat as number, lon: area.lon as number, label: `${area.entity.name} (${area.relation.replace(/_/g, ' ')})`, shape: area.level === 'city' || area.level === 'facility' ? ('point' as const) : ('area' as const), radiusKm: radiusByLevel[area.level ?? 'admin1'] ?? 80, testId: `area-${area.entity.name}` }));
  root.replaceChildren(
    el('h1', {}, profile.name),
    ...(profile.id !== id ? [el('p', { class: 'notice', 'data-testid': 'merged-notice' }, `Entity ${id} has been merged into ${profile.name}; this is the merged profile (undo the merge below to split them again).`)] : []),
    el('p', { class: 'meta' }, `${profile.kind.replace(/_/g, ' ')} · ${profile.incidents.length} incidents · ${profile.sources.length} sources`),
    groupActions(profile),
    section('Names and aliases', el('ul', { class: 'aliases', 'data-testid': 'aliases' }, ...profile.aliases.map((alias) => el('li', {}, el('strong', {}, alias.name), el('span', { class: 'meta' }, ` — ${alias.source}${alias.firstSeen ? `, first seen ${alias.firstSeen.slice(0, 10)}` : ''}`))))),
    section('Kind, type and ideology', claims(profile.facts)),
    section('Founding and origins', claims(profile.founding)),
    section(
      'Affiliations, alliances and rivalries',
      profile.relationships.length === 0
        ? el('p', { class: 'empty' }, 'None reported.')
        : el('ul', { class: 'claims' }, ...profile.relationships.map((claim) => claimItem(claim, claim.direction === 'incoming' && claim.other ? el('span', {}, link(`/group/${claim.other.id}`, claim.other.name), ` ${claim.predicate.replace(/_/g, ' ')} this group:`) : undefined))),
    ),
    section('Strength over time', claims(profile.strength)),
    section(
      'Areas of control and presence',
      marks.length === 0 ? el('p', { class: 'empty', 'data-testid': 'group-map' }, 'No areas of control or presence with a known place.') : el('div', { class: 'map-box', 'data-testid': 'group-map' }, worldMap(marks, { width: 800, height: 420 })),
      el('ul', {}, ...profile.areas.map((area) => el('li', {}, `${area.relation.replace(/_/g, ' ')} `, describeObject({ entity: area.entity }), el('span', { class: 'meta' }, ` (${area.level ?? 'place'})${area.claim.document ? ` — ${area.claim.document.title ?? ''}` : ''}`)))),
    ),
    section(
      'Incidents and deaths over time',
      ...(profile.incidents.length === 0 ? [el('p', { class: 'empty' }, 'No incidents attributed to this group.')] : [timeCharts(profile.incidents, 'group-'), el('div', { 'data-testid': 'group-timeline' }, timeline(profile.incidents)), incidentList(profile.incidents)]),
    ),
    section('Deadliest incidents', incidentList(profile.deadliest)),
    section('Sources', el('ul', {}, ...profile.sources.map((source) => el('li', {}, link(`/document/${source.id}`, source.title ?? `report ${source.id}`), el('span', { class: 'meta' }, source.published ? ` ${source.published}` : ''))))),
    section(
      'Review: merge and split',
      el('p', { class: 'meta' }, 'Merge a duplicate record of this group into it (its names, claims and incidents move here); Undo splits them again. Every merge is audited.'),
      flashMessage(),
      mergeForm('entity', groups.groups, { id: profile.id, name: profile.name }),
      el('div', { 'data-testid': 'group-merges' }, mergeTable(merges.merges)),
    ),
  );
}

/** Links to the views of this group elsewhere: timeline, map, brief and export. */
function groupActions(profile: GroupProfile): HTMLElement {
  const brief = `/api/reports/group/${profile.id}`;
  return el(
    'p',
    { class: 'actions-bar', 'data-testid': 'group-actions' },
    link(`/timeline?group=${profile.id}`, 'Timeline'),
    link(`/map?group=${profile.id}`, 'Map'),
    el('a', { href: `${brief}?format=html`, target: '_blank', rel: 'noopener', 'data-testid': 'brief-html-group' }, 'Brief (HTML)'),
    el('a', { href: `${brief}?format=md`, download: `sitrep-brief-group-${profile.id}.md`, 'data-testid': 'brief-md-group' }, 'Brief (Markdown)'),
    link(`/export?group=${profile.id}`, 'Export'),
  );
}
