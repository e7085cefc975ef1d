import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Store } from '../../store/index.js';
import { defaultStoreUrl, openStore } from '../../store/index.js';
import { createApp } from '../../server/create-app.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';

const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** `sitrep serve`: the HTTP API and the web UI over one database; seeds an empty one with the bundled samples. */
export const serveCommand: CommandSpec = {
  name: 'serve',
  summary: 'Serve the HTTP API and the web UI; an empty database is first filled with the bundled sample reports.',
  usage: 'sitrep serve [--db URL] [--port N] [--host ADDRESS] [--web DIR]',
  options: [
    { name: 'db', type: 'string', value: 'URL', description: 'Database: a SQLite file, postgres://… or pglite:DIR.', default: defaultStoreUrl },
    { name: 'port', type: 'string', value: 'N', description: 'TCP port (0: any free port).', default: '8080' },
    { name: 'host', type: 'string', value: 'ADDRESS', description: 'Address to listen on; reading is open to anyone who can reach it.', default: '127.0.0.1' },
    { name: 'no-seed', type: 'boolean', description: 'Do not ingest the sample corpus into an empty database.' },
    { name: 'web', type: 'string', value: 'DIR', description: 'Folder of the built web UI (default: web/dist of the package, built by `npm run build:web`).' },
  ],
  async run(context) {
    const port = Number(context.options.port ?? '8080');
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      context.stderr.write(`sitrep serve: --port must be 0–65535, not '${String(context.options.port)}'\n`);
      return exitCodes.usage;
    }
    const host = String(context.options.host ?? '127.0.0.1');
    const store = await openStore(String(context.options.db ?? defaultStoreUrl));
    try {
      if (context.options['no-seed'] !== true) await seedIfEmpty(store, context);
      await warnIfIngestUnfinished(store, context);
      const webRoot = typeof context.options.web === 'string' ? resolve(context.cwd, context.options.web) : `${packageRoot}web/dist`;
      const webBuilt = existsSync(join(webRoot, 'index.html'));
      if (!webBuilt) context.stderr.write(`sitrep serve: the web UI is not built (no ${join(webRoot, 'index.html')}): run \`npm run build:web\` (or \`npm start\`, which builds it); serving the API only, and the UI address answers with this message\n`);
      const app = createApp({ store, webRoot });
      const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        context.stdout.write(`sitrep: serving http://${shown}:${info.port}/ (${webBuilt ? 'web UI, ' : ''}API at /api, OpenAPI at /openapi.json); Ctrl-C stops\n`);
      });
      if (!['127.0.0.1', 'localhost', '::1'].includes(host)) context.stderr.write('sitrep serve: listening beyond localhost: anyone who can reach it can read the database\n');
      await new Promise<void>((done, reject) => {
        server.once('error', reject);
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          server.close(() => done());
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      return exitCodes.ok;
    } finally {
      await store.close();
    }
  },
};

/** Ingests samples/ when the database holds no document (the ingest flow is loaded only then). */
async function seedIfEmpty(store: Store, context: CommandContext): Promise<void> {
  if ((await store.documents.count()) > 0) return;
  const samples = `${packageRoot}samples`;
  if (!existsSync(samples)) {
    context.stderr.write(`sitrep serve: the database is empty and there is no sample corpus at ${samples}\n`);
    return;
  }
  const { ingestDocuments } = await import('../../ingest/ingest-documents.js');
  context.stderr.write(`sitrep serve: empty database; ingesting the sample corpus from ${samples}\n`);
  const summary = await ingestDocuments(store, [{ path: samples }]);
  context.stderr.write(`sitrep serve: ingested ${summary.added} reports (${summary.failed} failed), ${summary.incidentsNew} incidents\n`);
}

/** An interrupted ingest leaves part of its reports stored; say how to finish it rather than serve a partial record silently. */
async function warnIfIngestUnfinished(store: Store, context: CommandContext): Promise<void> {
  const latest = await store.ingestRuns.latest();
  if (latest !== undefined && latest.finished === null) {
    context.stderr.write(`sitrep serve: the last ingest (started ${latest.started}) did not finish; run the same \`sitrep ingest\` again to complete it (for the samples: sitrep ingest ${packageRoot}samples)\n`);
  }
}
