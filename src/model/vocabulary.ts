/** The controlled vocabularies of DESIGN.md: kinds, levels, incident types, predicates, modalities. */
export const vocabulary = {
  entityKinds: ['armed_group', 'organization', 'state', 'military', 'person', 'location', 'publication'],
  locationLevels: ['country', 'admin1', 'admin2', 'city', 'facility', 'region'],
  incidentTypes: [
    'assassination',
    'armed_assault',
    'bombing_explosion',
    'hijacking',
    'hostage_barricade',
    'hostage_kidnapping',
    'facility_attack',
    'unarmed_assault',
    'air_strike',
    'shelling',
    'armed_clash',
    'raid_arrest',
    'territory_change',
    'agreement',
    'leadership_change',
  ],
  predicates: [
    'alias',
    'type',
    'ideology',
    'affiliated_with',
    'allied_with',
    'rival_of',
    'splinter_of',
    'founded_by_members_of',
    'merged_into',
    'founded_on',
    'leader',
    'based_in',
    'controls',
    'present_in',
    'strength',
    'ranked',
    'targets',
    'recruits_from',
    'suffered_losses_from',
    'modus_operandi',
    'opposes',
    'claimed_responsibility_for',
    'perpetrated',
  ],
  modalities: ['asserted', 'claimed', 'estimated', 'alleged', 'denied'],
  perpetratorRoles: ['claimed', 'attributed', 'suspected', 'denied'],
  datePrecisions: ['day', 'week', 'month', 'year', 'range', 'unknown'],
  targetCategories: [
    'civilians',
    'military',
    'police',
    'government',
    'religious',
    'education',
    'business',
    'journalists',
    'diplomatic',
    'transportation',
    'infrastructure',
    'ngo',
    'armed_group',
    'other',
  ],
} as const;

export type EntityKind = (typeof vocabulary.entityKinds)[number];
export type LocationLevel = (typeof vocabulary.locationLevels)[number];
export type IncidentType = (typeof vocabulary.incidentTypes)[number];
export type Predicate = (typeof vocabulary.predicates)[number];
export type Modality = (typeof vocabulary.modalities)[number];
export type PerpetratorRole = (typeof vocabulary.perpetratorRoles)[number];
export type DatePrecision = (typeof vocabulary.datePrecisions)[number];
export type TargetCategory = (typeof vocabulary.targetCategories)[number];

/** Violent incident types (the rest are non-violent developments). */
export const violentIncidentTypes: ReadonlySet<IncidentType> = new Set<IncidentType>([
  'assassination',
  'armed_assault',
  'bombing_explosion',
  'hijacking',
  'hostage_barricade',
  'hostage_kidnapping',
  'facility_attack',
  'unarmed_assault',
  'air_strike',
  'shelling',
  'armed_clash',
  'raid_arrest',
]);
