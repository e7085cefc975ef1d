// Cross-document resolution: pure functions the ingest flow and services call.
export { linkEntity, entityNames, type EntityCandidate, type EntityCandidates, type EntityLink, type LinkEntityOptions, type SameAsProposal } from './link-entity.js';
export { matchIncident, scoreIncidentPair, dateInterval, incidentLinkThreshold, type IncidentCandidate, type IncidentFacts, type IncidentMatch, type IncidentScore } from './match-incident.js';
export { reconcileFigures, conservativeFigure, figureCountKinds, type FigureCountKind, type ReconciledCount, type ReconciledFigures, type ReportFigures } from './reconcile-figures.js';
export { summarizeIncident, type IncidentSummary } from './summarize-incident.js';
export { groupView, type FactSource, type FactValue, type GroupClaim, type GroupFact, type GroupName, type GroupView, type GroupViewInput, type StrengthEstimate } from './group-view.js';
