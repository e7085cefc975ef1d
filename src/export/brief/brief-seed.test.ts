// The seed report and the sample corpus ingested into a temp SQLite store, then
// `report ISKP` and a country brief built and rendered in both formats.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../ingest/ingest-documents.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import { adminAreaLocator } from '../../server/locate-admin-areas.js';
import { openStore, type Store } from '../../store/index.js';
import { buildBrief } from './build-brief.js';
import type { Brief } from './brief-types.js';
import { briefFacts } from './format-brief-text.js';
import { renderBriefHtml } from './render-brief-html.js';
import { renderBriefMarkdown } from './render-brief-markdown.js';

const seed = join(process.cwd(), '..', 'shared', 'corpus', 'seed', 'isk-kabul-2021-08-27.txt');
const present = existsSync(seed);
if (!present) console.warn(`brief seed test skipped: ${seed} is absent`);

const htmlText = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const markdownText = (md: string): string => md.replace(/\\([\\`*_{}[\]<>|#!~&])/g, '$1').replace(/\s+/g, ' ');

describe.skipIf(!present)('briefs of the seed and the samples', () => {
  let dir: string;
  let store: Store;
  let iskp: Brief;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-brief-'));
    store = await openStore(join(dir, 'sitrep.db'));
    const summary = await ingestDocuments(store, [{ path: seed }, { path: 'samples/seed.jsonl' }, { path: 'samples/wikinews.jsonl' }], { knowledge: loadKnowledge() });
    expect(summary.failed).toBe(0);
    iskp = await buildBrief(store, 'group', 'ISKP', { locate: adminAreaLocator() });
  });
  afterAll(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('report ISKP states the seed facts with their source', () => {
    expect(iskp.title).toBe('Islamic State Khorasan Province');
    const names = iskp.sections.find((s) => s.title === 'Names')?.facts ?? [];
    const isisK = names.find((f) => f.value === 'ISIS-K');
    expect(isisK?.sources.length).toBeGreaterThan(0);
    const seedSource = iskp.sources.find((s) => s.number === isisK?.sources[0]);
    expect(`${seedSource?.sourceId} ${seedSource?.title} ${seedSource?.url}`).toMatch(/isk-kabul-2021-08-27/);
    const controlled = iskp.areas.filter((a) => a.relation === 'controls').map((a) => a.name);
    expect(controlled).toEqual(expect.arrayContaining(['Kunar', 'Nangarhar', 'Nuristan']));
    // The provinces are drawn as areas (circles), never points.
    for (const province of ['Kunar', 'Nangarhar', 'Nuristan']) expect(iskp.map.marks.find((m) => m.label === province)).toMatchObject({ shape: 'area', level: 'admin1', role: 'area' });
    const airport = iskp.deadliest.find((i) => i.type === 'bombing_explosion' && i.suicide);
    expect(airport?.place).toMatch(/airport|kabul/i);
    expect(airport?.killed).toBeGreaterThanOrEqual(13);
    expect(airport?.perpetrators).toContain('Islamic State Khorasan Province (claimed)');
    expect(iskp.strength.length).toBeGreaterThan(0);
    expect(iskp.sections.flatMap((s) => s.facts).some((f) => f.label === 'affiliated with' && f.value === 'Islamic State')).toBe(true);
  });

  it('the markdown and the HTML of report ISKP carry the same facts', () => {
    const facts = briefFacts(iskp);
    expect(facts).toEqual(expect.arrayContaining(['ISIS-K', 'Kunar', 'Nangarhar', 'Nuristan']));
    const md = markdownText(renderBriefMarkdown(iskp));
    const html = htmlText(renderBriefHtml(iskp));
    expect(facts.filter((f) => !md.includes(f))).toEqual([]);
    expect(facts.filter((f) => !html.includes(f))).toEqual([]);
  });

  it('a country brief ranks the groups there and carries the same facts in both formats', async () => {
    const brief = await buildBrief(store, 'country', 'Afghanistan', { locate: adminAreaLocator() });
    expect(brief.subtitle).toBe('country AF');
    expect(brief.groups.at(-1)).toMatchObject({ rank: null, name: 'unattributed' });
    expect(brief.groups.map((g) => g.name)).toContain('Islamic State Khorasan Province');
    expect(brief.timeline.periods.reduce((sum, p) => sum + p.incidents, 0) + brief.timeline.undatedIncidents).toBe(Number(brief.figures.find((f) => f.label === 'Incidents')?.value));
    const facts = briefFacts(brief);
    expect(facts.filter((f) => !markdownText(renderBriefMarkdown(brief)).includes(f))).toEqual([]);
    expect(facts.filter((f) => !htmlText(renderBriefHtml(brief)).includes(f))).toEqual([]);
  });

  it('names an unknown group or country as not found', async () => {
    await expect(buildBrief(store, 'group', 'No Such Front')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(buildBrief(store, 'country', 'Atlantis')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
