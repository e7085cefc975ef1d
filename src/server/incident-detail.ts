// An incident with every report that described it, each report's text, the
// evidence of each field in that text, and the figures each report gave.
import type { Incident } from '../model/index.js';
import type { Store } from '../store/index.js';
import type { IncidentDetail, IncidentReportView } from './api-types.js';
import { ViewBuilder } from './view-builder.js';

/** Builds the detail of one incident (merged ids resolve to the survivor). */
export async function buildIncidentDetail(store: Store, id: number): Promise<IncidentDetail> {
  let incident = await store.incidents.get(id);
  for (let hops = 0; incident.mergedInto !== null && hops < 100; hops++) incident = await store.incidents.get(incident.mergedInto);
  const views = new ViewBuilder(store);
  const [summary, claims, reports, figures] = await Promise.all([
    views.incident(incident),
    store.claims.forSubject({ incident: incident.id }, { limit: 1000, includeRejected: true }),
    store.incidents.reports(incident.id),
    store.figures.forIncident(incident.id),
  ]);
  const about = await store.claims.forObject({ incident: incident.id }, { limit: 1000 });
  const reportViews: IncidentReportView[] = [];
  for (const report of reports) {
    const document = await views.document(report.documentId);
    if (document === undefined) continue;
    const own = figures.filter((figure) => figure.documentId === report.documentId);
    reportViews.push({
      document: { id: document.id, title: document.title, published: document.published, url: document.url, text: document.text },
      fields: describeFields(report.local),
      evidence: report.local.evidence ?? [],
      figures: await Promise.all(own.map(async (figure) => ({ kind: figure.kind, min: figure.min, max: figure.max, best: figure.best, reportedOn: figure.reportedOn, accordingTo: await Promise.all(figure.accordingTo.map((entity) => views.entityRef(entity))) }))),
    });
  }
  return { ...summary, claims: await views.claims([...claims, ...about]), reports: reportViews };
}

/** The fields one report stated, each with the incident's evidence (the extractor keeps evidence per incident, not per field). */
function describeFields(local: Incident): IncidentReportView['fields'] {
  const evidence = local.evidence ?? [];
  const count = (c: { min?: number; max?: number; best?: number }): string | undefined => (c.best ?? c.min ?? c.max)?.toString();
  const fields: Array<[string, string | undefined]> = [
    ['type', local.type],
    ['suicide', local.suicide ? 'yes' : undefined],
    ['claimed', local.claimed ? 'yes' : undefined],
    ['date', local.date?.value ?? local.date?.earliest],
    ['location', local.location ? `${local.location.name} (${local.location.level})` : undefined],
    ['targets', local.targets?.map((target) => target.text).join('; ') || undefined],
    ['weapons', local.weapons?.join(', ') || undefined],
    ['killed', local.killed ? count(local.killed) : undefined],
    ['wounded', local.wounded ? count(local.wounded) : undefined],
    ['captured', local.captured ? count(local.captured) : undefined],
  ];
  return fields.filter((entry): entry is [string, string] => entry[1] !== undefined).map(([field, value]) => ({ field, value, evidence }));
}
