import type { Knowledge } from '../knowledge/knowledge.js';
import { foldName } from '../knowledge/fold-name.js';
import { roleModelsOf } from '../knowledge/role-models-data.js';
import { templateModelOf } from '../knowledge/template-model-data.js';
import { extractSchema, violentIncidentTypes } from '../model/index.js';
import type { Claim, ClaimObject, Diagnostic, ExtractedEntity, ExtractResult, Incident, IncidentLocation, SourceDocument } from '../model/index.js';
import { analyzeText } from './analyze-text.js';
import { parseDateline } from './dateline.js';
import { findCoreferences } from './find-coreferences.js';
import { findDates } from './dates.js';
import { findDescriptions } from './find-descriptions.js';
import { findGroupClaims, groupClaimsStage } from './find-group-claims.js';
import type { ClaimDraft } from './find-group-claims.js';
import { filterIncidentDrafts } from './filter-incident-drafts.js';
import type { DraftFilterInput } from './filter-incident-drafts.js';
import { findIncidents, incidentsStage } from './find-incidents.js';
import type { IncidentDraft } from './find-incidents.js';
import { findMentions } from './find-mentions.js';
import { separateArson } from './separate-arson.js';
import { dropNonIncidents } from './drop-non-incidents.js';
import { attributeFighters } from './attribute-fighters.js';
import { addPassiveAgents } from './passive-agents.js';
import { dropCollectiveVictims } from './collective-victims.js';
import { dropAnaphoricTargets } from './anaphoric-targets.js';
import { addAccusedDoers } from './accused-doers.js';
import { choosePlace, entitiesStage, linkEntities, measureFocus } from './link-entities.js';
import type { DocEntity } from './link-entities.js';
import { findQuantities } from './quantities.js';

const datesStage = 'dates@1';

/** Hooks for training the template decision: the one-case drafts before it runs. */
export interface ExtractOptions {
  onDrafts?: (drafts: readonly IncidentDraft[], input: DraftFilterInput) => void;
}

/** Read one report: every incident and group fact it states, with evidence. Pure and deterministic. */
export function extractDocument(document: SourceDocument, knowledge: Knowledge, options: ExtractOptions = {}): ExtractResult {
  const { text } = document;
  const diagnostics: Diagnostic[] = [];
  const dateline = parseDateline(text);
  const bodyStart = dateline?.bodyStart ?? 0;
  const reportDate = validDate(document.published) ?? dateline?.date;
  if (!reportDate) diagnostics.push({ code: 'NO_REPORT_DATE', severity: 'warning', message: 'No report date (give --date or a dateline): relative dates stay unresolved.' });

  const analyzed = analyzeText(text);
  const mentions = findMentions(analyzed, knowledge, bodyStart);
  const datelinePlace = dateline?.place ? choosePlace(knowledge.lookup(foldName(dateline.place))?.places ?? [], { counts: new Map() }) : undefined;
  const focus = measureFocus(mentions, datelinePlace?.country);
  const { entities, references } = linkEntities(analyzed, mentions, knowledge, focus);
  const { unnamed } = findCoreferences(analyzed, entities, references, findDescriptions(analyzed, mentions, bodyStart));
  const dates = findDates(text, reportDate).filter((mention) => mention.start >= bodyStart);
  const quantities = findQuantities(text).filter((mention) => mention.start >= bodyStart);

  let datelineEntity: DocEntity | undefined;
  if (datelinePlace) {
    datelineEntity = entities.find((entity) => entity.place?.geonamesId !== undefined && entity.place.geonamesId === datelinePlace.geonamesId && entity.level !== 'facility');
    if (!datelineEntity) {
      datelineEntity = { key: `place:${datelinePlace.geonamesId ?? foldName(datelinePlace.name)}`, kind: 'location', name: datelinePlace.name, aliases: [], place: datelinePlace, level: datelinePlace.level, mentions: [] };
      if (dateline?.place) {
        const at = text.indexOf(dateline.place, dateline.start);
        if (at >= 0) datelineEntity.mentions.push({ start: at, end: at + dateline.place.length, text: dateline.place });
      }
      entities.push(datelineEntity);
    }
  }
  const topCountry = [...focus.counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const focusCountry = entities.find((entity) => entity.level === 'country' && entity.place?.country === topCountry);

  const roleModels = roleModelsOf(knowledge);
  let drafts = findIncidents({ analyzed, references, dates, quantities, reportDate, bodyStart, knowledge, ...(roleModels ? { roleModels } : {}), ...(datelineEntity ? { datelinePlace: datelineEntity } : {}), ...(focusCountry ? { focusCountry } : {}) });
  // One-case wire copy, after the role model: a trained decision of which drafts are incidents the report tells of.
  if (roleModels && analyzed.caseMode !== 'mixed') {
    const input: DraftFilterInput = { analyzed, roleModels, bodyStart };
    options.onDrafts?.(drafts, input);
    const templateModel = templateModelOf(knowledge);
    if (templateModel) drafts = filterIncidentDrafts(drafts, input, templateModel);
    drafts = separateArson(drafts, analyzed);
    // After the trained decision (its features stay as trained): a report the text calls untrue is no incident.
    drafts = dropNonIncidents(drafts, analyzed);
    // The doers a sentence names only as a passive agent ("shot by a group of terrorists"); then generic fighters' armed group.
    drafts = addPassiveAgents(drafts, analyzed);
    // The doers a report names as accused of the deed ('the soldiers accused of murdering the priests').
    drafts = addAccusedDoers(drafts, analyzed, bodyStart);
    drafts = attributeFighters(drafts, entities, analyzed, bodyStart);
    drafts = dropCollectiveVictims(drafts);
    drafts = dropAnaphoricTargets(drafts);
  }
  const claimDrafts = findGroupClaims({ analyzed, references, dates, quantities, reportDate, bodyStart });

  const ids = new Map<DocEntity, string>();
  const used = entities.filter((entity) => entity.mentions.length > 0 || entity === datelineEntity);
  used.forEach((entity, index) => ids.set(entity, `e${index + 1}`));
  const idOf = (entity: DocEntity): string => ids.get(entity) ?? registerLate(entity);
  const registerLate = (entity: DocEntity): string => {
    const id = `e${ids.size + 1}`;
    ids.set(entity, id);
    used.push(entity);
    return id;
  };

  const incidents = drafts.map((draft, index) => toIncident(draft, `i${index + 1}`, idOf, text));
  const claims: Claim[] = [];
  for (const entity of used) {
    const stated = new Set<string>();
    if (entity.aliasEvidence) {
      for (const alias of entity.aliases) {
        stated.add(foldName(alias));
        claims.push({ subject: idOf(entity), predicate: 'alias', object: { text: alias }, modality: 'asserted', confidence: 0.9, evidence: [entity.aliasEvidence], extractor: entitiesStage });
      }
    }
    // Other names the text uses for a known group, linked through the dictionary: weaker alias claims at their first use.
    if (entity.known && (entity.kind === 'armed_group' || entity.kind === 'organization')) {
      for (const mention of entity.mentions) {
        const folded = foldName(mention.text);
        if (stated.has(folded) || folded === foldName(entity.name)) continue;
        stated.add(folded);
        claims.push({ subject: idOf(entity), predicate: 'alias', object: { text: mention.text }, modality: 'asserted', confidence: 0.6, evidence: [mention], extractor: entitiesStage });
      }
    }
  }
  for (const draft of claimDrafts) claims.push(toClaim(draft, idOf));
  drafts.forEach((draft, index) => {
    for (const perpetrator of draft.perpetrators) {
      if (perpetrator.role !== 'claimed' && perpetrator.role !== 'attributed') continue;
      // Gaining control is not perpetrating: developments get no perpetrated claims.
      if (!violentIncidentTypes.has(draft.type)) continue;
      claims.push({
        subject: idOf(perpetrator.entity),
        predicate: perpetrator.role === 'claimed' ? 'claimed_responsibility_for' : 'perpetrated',
        object: { incident: `i${index + 1}` },
        ...(reportDate ? { as_of: reportDate } : {}),
        modality: perpetrator.role === 'claimed' ? 'claimed' : 'asserted',
        confidence: 0.8,
        evidence: [perpetrator.evidence],
        extractor: incidentsStage,
      });
    }
  });

  return {
    schema: extractSchema,
    id: document.id,
    published: reportDate ?? null,
    ...(document.title ? { title: document.title } : {}),
    ...(document.url ? { url: document.url } : {}),
    entities: used.map((entity) => toEntity(entity, idOf(entity))),
    claims,
    incidents,
    ...(unnamed.length ? { descriptions: unnamed } : {}),
    diagnostics,
  };
}

function validDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})/u.exec(value);
  return match?.[1];
}

function toEntity(entity: DocEntity, id: string): ExtractedEntity {
  const place = entity.place;
  const aliases = new Set<string>(entity.aliases);
  // A person's later mentions ("Carter", "the Foreign Secretary") are parts or roles, not names to link other reports on.
  if (entity.kind !== 'person') for (const mention of entity.mentions) if (foldName(mention.text) !== foldName(entity.name)) aliases.add(mention.text);
  return {
    id,
    kind: entity.kind,
    name: entity.name,
    aliases: [...aliases].filter((alias) => !/^(?:the|it|its|they|their|them)\b/iu.test(alias)),
    ...(entity.level ? { level: entity.level } : {}),
    ...(place ? { country: place.country } : entity.known?.country ? { country: entity.known.country } : {}),
    ...(place?.admin1 ? { admin1: place.admin1 } : {}),
    ...(place?.geonamesId !== undefined && entity.level !== 'facility' ? { geonamesId: place.geonamesId } : {}),
    ...(place?.lat !== undefined ? { lat: place.lat } : {}),
    ...(place?.lon !== undefined ? { lon: place.lon } : {}),
    ...(entity.known ? { knownId: entity.known.id } : {}),
    mentions: entity.mentions.slice().sort((a, b) => a.start - b.start),
    ...(entity.corefs?.length ? { references: entity.corefs } : {}),
  };
}

function toClaim(draft: ClaimDraft, idOf: (entity: DocEntity) => string): Claim {
  let object: ClaimObject;
  if ('entity' in draft.object) object = { entity: idOf(draft.object.entity) };
  else object = draft.object;
  return {
    subject: idOf(draft.subject),
    predicate: draft.predicate,
    object,
    ...(draft.accordingTo.length ? { according_to: draft.accordingTo.map(idOf) } : {}),
    ...(draft.asOf ? { as_of: draft.asOf } : {}),
    modality: draft.modality,
    confidence: draft.confidence,
    evidence: [draft.evidence],
    extractor: draft.predicate === 'founded_on' ? `${groupClaimsStage}+${datesStage}` : groupClaimsStage,
    ...(draft.qualifier ? { qualifier: draft.qualifier } : {}),
  };
}

function toIncident(draft: IncidentDraft, id: string, idOf: (entity: DocEntity) => string, text: string): Incident {
  return {
    id,
    type: draft.type,
    suicide: draft.suicide,
    claimed: draft.perpetrators.some((perpetrator) => perpetrator.role === 'claimed'),
    date: draft.date,
    location: draft.location ? toLocation(draft.location, idOf) : null,
    perpetrators: draft.perpetrators.map((perpetrator) => ({ entity: idOf(perpetrator.entity), role: perpetrator.role })),
    targets: draft.victims.map((victim) => ({
      category: victim.category,
      ...(victim.nationality ? { nationality: victim.nationality } : {}),
      ...(victim.entity ? { entity: idOf(victim.entity) } : {}),
      text: victim.text,
      ...(victim.count !== undefined ? { count: victim.count } : {}),
    })),
    weapons: draft.weapons,
    killed: draft.killed,
    wounded: draft.wounded,
    captured: draft.captured,
    perpetrators_killed: draft.perpetratorsKilled,
    evidence: draft.evidence.filter((span) => text.slice(span.start, span.end) === span.text),
    extractor: incidentsStage,
  };
}

function toLocation(entity: DocEntity, idOf: (entity: DocEntity) => string): IncidentLocation {
  const place = entity.place;
  return {
    entity: idOf(entity),
    name: entity.name,
    level: entity.level ?? 'country',
    ...(place ? { country: place.country } : {}),
    ...(place?.admin1 ? { admin1: place.admin1 } : {}),
    ...(place?.admin2 ? { admin2: place.admin2 } : {}),
    ...(place?.geonamesId !== undefined && entity.level !== 'facility' ? { geonamesId: place.geonamesId } : {}),
    ...(place?.lat !== undefined ? { lat: place.lat } : {}),
    ...(place?.lon !== undefined ? { lon: place.lon } : {}),
  };
}
