import { incidentDetail, type IncidentDetail } from '../../ingest/services/group-profile.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { dbOption, jsonOption, print, withStore } from './with-store.js';

/** `sitrep incident ID`: one incident with all its reports and figures. */
export const incidentCommand: CommandSpec = {
  name: 'incident',
  summary: 'Show one incident: every report of it, every figure with its date and source, the reconciled counts and the perpetrators.',
  usage: 'sitrep incident ID [--db URL] [--json]',
  options: [dbOption, jsonOption],
  async run(context) {
    const id = Number(context.positionals[0]);
    if (!Number.isInteger(id) || id <= 0) {
      context.stderr.write(`sitrep incident: give an incident id\nUsage: ${this.usage}\n`);
      return exitCodes.usage;
    }
    const detail = await withStore(context, (store) => incidentDetail(store, id));
    await print(context, context.options.json === true ? `${JSON.stringify(detail, null, 2)}\n` : formatDetail(detail));
    return exitCodes.ok;
  },
};

function formatDetail(d: IncidentDetail): string {
  const i = d.incident;
  const out = [
    `Incident #${i.id}: ${i.type}${i.suicide ? ', suicide' : ''}${i.claimed ? ', claimed' : ''}${i.status === 'merged' ? ` (merged into #${i.mergedInto})` : ''}`,
    `  date: ${i.date.value ?? '?'} (${i.date.precision}${i.date.earliest || i.date.latest ? `, ${i.date.earliest ?? '…'} to ${i.date.latest ?? '…'}` : ''})`,
    `  place: ${i.location ? `${i.location.name} (${i.location.level}${i.location.country ? `, ${i.location.country}` : ''})` : '?'}`,
    ...d.perpetrators.map((p) => `  perpetrator: ${p.name} (${p.role}, document ${p.documentId ?? '?'})`),
    'Counts (best = largest conservative figure of any report; range = every figure stated):',
  ];
  for (const [kind, c] of Object.entries(d.reconciled)) {
    if (c.reports === 0) continue;
    out.push(`  ${kind}: best ${c.best}, range ${c.min}–${c.max}, ${c.reports} reports${c.conflicting ? ', sources disagree' : ''}`);
  }
  out.push(`Reports (${d.reports.length}):`);
  for (const r of d.reports) {
    out.push(`  document ${r.documentId} ${r.published ?? '?'} ${r.title ?? r.sourceId ?? ''}${r.unlinkedAt ? ` (unlinked ${r.unlinkedAt})` : ''}, linked ${r.linkedBy}${r.score === null ? '' : ` score ${r.score}`}`);
    const counts = (['killed', 'wounded', 'captured'] as const).map((k) => (r[k].best === undefined && r[k].min === undefined ? null : `${k} ${r[k].min ?? '?'}${r[k].max !== r[k].min ? `–${r[k].max ?? '?'}` : ''}`)).filter(Boolean);
    if (counts.length > 0) out.push(`    ${counts.join(', ')}`);
    if (r.evidence[0]) out.push(`    "${r.evidence[0]}"`);
  }
  return `${out.join('\n')}\n`;
}
