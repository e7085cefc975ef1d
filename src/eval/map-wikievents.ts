import type { Evidence, ExtractResult, ExtractedEntity, Incident } from '../model/index.js';
import { violentIncidentTypes } from '../model/index.js';
import type { WikiRole } from './load-wikievents.js';
import type { CharArgument } from './score-wikievents.js';

const peopleCategories = new Set(['civilians', 'military', 'police', 'journalists', 'ngo', 'armed_group']);

function inside(span: { start: number; end: number }, regions: readonly Evidence[]): boolean {
  return regions.some((r) => span.start >= r.start && span.end <= r.end);
}

/** The mentions of an entity inside the incident's evidence, else its first mention. */
function mentionsNear(entity: ExtractedEntity | undefined, incident: Incident): Evidence[] {
  const all = entity?.mentions ?? [];
  const near = all.filter((m) => inside(m, incident.evidence));
  return near.length ? near : all.slice(0, 1);
}

/** A phrase's occurrences inside the incident's evidence (where the extractor read it). */
function phraseNear(text: string, phrase: string, incident: Incident): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const ev of incident.evidence) {
    const at = text.slice(ev.start, ev.end).indexOf(phrase);
    if (phrase && at >= 0) out.push({ start: ev.start + at, end: ev.start + at + phrase.length });
  }
  return out;
}

/**
 * Map violent sitrep incidents to WikiEvents arguments: perpetrators → attacker, people
 * targets → victim (uncounted ones also target), other targets → target, weapons → instrument, the location → place; each
 * as character spans near the incident's evidence.
 */
export function mapToWikiArguments(result: ExtractResult, text: string): CharArgument[] {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const out: CharArgument[] = [];
  const add = (role: WikiRole, spans: Array<{ start: number; end: number }>): void => {
    for (const s of spans) out.push({ role, start: s.start, end: s.end });
  };
  for (const incident of result.incidents) {
    if (!violentIncidentTypes.has(incident.type)) continue;
    for (const p of incident.perpetrators) if (p.role !== 'denied') add('attacker', mentionsNear(byId.get(p.entity), incident));
    for (const t of incident.targets) {
      const role: WikiRole = peopleCategories.has(t.category) || byId.get(t.entity ?? '')?.kind === 'person' ? 'victim' : 'target';
      const spans = phraseNear(text, t.text, incident);
      const where = spans.length ? spans : mentionsNear(byId.get(t.entity ?? ''), incident);
      add(role, where);
      // People named without a count are what an attack verb hit ("attacked security forces"): its target as well.
      if (role === 'victim' && t.count === undefined) add('target', where);
    }
    for (const w of incident.weapons) add('instrument', phraseNear(text, w, incident));
    if (incident.location) {
      // One place per incident: the first time the evidence names it (an event has one place, named once or often).
      const spans = incident.location.entity ? mentionsNear(byId.get(incident.location.entity), incident) : phraseNear(text, incident.location.name, incident);
      // "Helmand Province": the division word is the head WikiEvents annotates.
      add('place', spans.slice(0, 1).map((span) => {
        const division = /^[ \t]+(?:[Pp]rovince|[Dd]istrict|[Gg]overnorate|[Rr]egion|[Cc]ity)\b/u.exec(text.slice(span.end, span.end + 16));
        return division ? { start: span.start, end: span.end + division[0].length } : span;
      }));
    }
  }
  return out;
}
