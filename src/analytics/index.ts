// The analytics layer's public surface: rankings and the GTI-style score.
export { terrorismIncidentTypes, strongestRoles, yearOf, type IncidentFact, type PerpetratorFact } from './incident-facts.js';
export { loadIncidentFacts, listAllIncidents, toIncidentFact } from './load-incident-facts.js';
export { rankGroups, rootOf, type GroupRanking, type GroupRankRow, type RankGroupsOptions } from './rank-groups.js';
export { computeGtiScores, rawGtiScore, weightedGtiScore, bandGtiScore, gtiWeights, gtiYearWeights, type GtiScoreRow } from './gti-score.js';
export { chooseParents, loadAffiliateParents } from './affiliate-parents.js';
export { rankDeadliestGroups, scoreCountries, type RankingQuery } from './rank-deadliest-groups.js';
