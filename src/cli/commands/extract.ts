import { extractText } from '../../ingest/extract-stream.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';

/** `sitrep extract [FILE|-]`: read reports and print what each states, one JSON line per document. */
export const extractCommand: CommandSpec = {
  name: 'extract',
  summary: 'Read reports (text, JSONL, HTML, feeds, folders) and print their incidents and group facts, without a database.',
  usage: 'sitrep extract [FILE|FOLDER|-]... [--date YYYY-MM-DD] [--format jsonl|text]',
  options: [
    { name: 'date', type: 'string', value: 'YYYY-MM-DD', description: 'Report date for documents with none of their own (no dateline, no published field).' },
    { name: 'format', type: 'string', value: 'FORMAT', description: 'jsonl: one sitrep.extract/1 object per line, for machines; text: a readable summary.', default: 'jsonl' },
    { name: 'max-bytes', type: 'string', value: 'N', description: 'Largest document read, in bytes; larger ones get an INPUT_TOO_LARGE diagnostic.', default: '5000000' },
  ],
  async run(context) {
    const format = String(context.options.format);
    if (format !== 'jsonl' && format !== 'text') {
      context.stderr.write(`sitrep extract: --format must be jsonl or text, not '${format}'\n`);
      return exitCodes.usage;
    }
    const date = context.options.date;
    if (typeof date === 'string' && !/^\d{4}-\d{2}-\d{2}$/u.test(date)) {
      context.stderr.write(`sitrep extract: --date must be YYYY-MM-DD, not '${date}'\n`);
      return exitCodes.usage;
    }
    const maxBytes = Number(context.options['max-bytes']);
    if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
      context.stderr.write('sitrep extract: --max-bytes must be a positive number\n');
      return exitCodes.usage;
    }
    const inputs = context.positionals.length === 0 || context.positionals.includes('-') ? [{ stdin: context.stdin, name: '-' }, ...context.positionals.filter((p) => p !== '-').map((path) => ({ path }))] : context.positionals.map((path) => ({ path }));
    const summary = await extractText(inputs, {
      format,
      write: (chunk) => writeOut(context.stdout, chunk),
      progress: context.interactive ? (line) => context.stderr.write(`\r${line}`) : undefined,
      readerOptions: { maxDocumentBytes: maxBytes, ...(typeof date === 'string' ? { defaultDate: date } : {}) },
    });
    if (context.interactive && summary.documents + summary.failed > 0) context.stderr.write('\n');
    for (const failure of summary.failures) context.stderr.write(`sitrep extract: ${failure}\n`);
    if (summary.failed > 0 && summary.documents === 0) return exitCodes.input;
    return summary.failed > 0 ? exitCodes.partial : exitCodes.ok;
  },
};

function writeOut(stream: NodeJS.WritableStream, chunk: string): Promise<void> | void {
  if (stream.write(chunk)) return;
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}
