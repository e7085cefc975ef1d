import { ingestDocuments, type IngestSummary } from '../../ingest/ingest-documents.js';
import type { ReadInput } from '../../ingest/read-documents.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { dbOption, withStore } from './with-store.js';

/** `sitrep ingest PATH…|URL…`: store reports and what they state, resolved against what is stored. */
export const ingestCommand: CommandSpec = {
  name: 'ingest',
  summary: 'Store reports (files, folders, JSONL, HTML, feeds, URLs) and their incidents and group facts; the same report twice adds nothing.',
  usage: 'sitrep ingest PATH|URL... [--db URL] [--date YYYY-MM-DD]',
  options: [dbOption, { name: 'date', type: 'string', value: 'YYYY-MM-DD', description: 'Report date for documents with none of their own.' }],
  async run(context) {
    if (context.positionals.length === 0) {
      context.stderr.write(`sitrep ingest: name at least one file, folder or URL\nUsage: ${this.usage}\n`);
      return exitCodes.usage;
    }
    const date = context.options.date;
    if (typeof date === 'string' && !/^\d{4}-\d{2}-\d{2}$/u.test(date)) {
      context.stderr.write(`sitrep ingest: --date must be YYYY-MM-DD, not '${date}'\n`);
      return exitCodes.usage;
    }
    const inputs: ReadInput[] = context.positionals.map((p) => (/^https?:\/\//i.test(p) ? { url: p } : p === '-' ? { stdin: context.stdin, name: '-' } : { path: p }));
    let last = 0;
    const summary = await withStore(context, (store) =>
      ingestDocuments(store, inputs, {
        ...(typeof date === 'string' ? { readerOptions: { defaultDate: date } } : {}),
        onProgress: (p) => {
          const line = `${p.processed} read: ${p.added} added, ${p.duplicates} duplicates, ${p.failed} failed`;
          if (context.interactive) {
            const now = Date.now();
            if (now - last < 100) return;
            last = now;
            const width = 20;
            const spin = '#'.repeat(p.processed % (width + 1)).padEnd(width, '.');
            context.stderr.write(`\r[${spin}] ${line} ${p.current.slice(-40)}\u001b[K`);
          } else context.stderr.write(`ingest: ${line}: ${p.current}\n`);
        },
      }),
    );
    if (context.interactive) context.stderr.write('\r\u001b[K');
    context.stdout.write(formatSummary(summary));
    if (summary.failed > 0) return summary.added + summary.duplicates > 0 ? exitCodes.partial : exitCodes.input;
    return exitCodes.ok;
  },
};

function formatSummary(s: IngestSummary): string {
  const lines = [
    `documents: ${s.documents} read, ${s.added} added, ${s.duplicates} duplicates, ${s.failed} failed`,
    `incidents: ${s.incidentsNew} new, ${s.incidentsMerged} reports linked to known incidents`,
    `entities: ${s.entitiesNew} new, ${s.entitiesLinked} linked, ${s.sameAsProposed} same-as proposals`,
    `claims: ${s.claims}`,
    ...s.failures.map((f) => `failed: ${f.source}: ${f.message} [${f.code}]`),
    ...s.warnings.map((w) => `skipped: ${w.source}: ${w.message} [${w.code}]`),
  ];
  return `${lines.join('\n')}\n`;
}
