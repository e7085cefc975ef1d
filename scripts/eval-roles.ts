// Experiment harness: score MUC-4 CEAF-REE/GTT with given role-models and template-model files on dev or a slice of train.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import type { RoleModels } from '../src/knowledge/role-models-data.js';
import { extractDocument } from '../src/pipeline/extract-document.js';
import { loadMuc4 } from '../src/eval/load-muc4.js';
import type { MucRoleFillers, MucTemplate } from '../src/eval/load-muc4.js';
import { mapToMucExtracts, mapToMucTemplates } from '../src/eval/map-muc4.js';
import { scoreCeafRee } from '../src/eval/score-ceaf-ree.js';
import { scoreGtt } from '../src/eval/score-gtt.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const knowledge = loadKnowledge();
const modelsFile = option('models');
if (modelsFile) Object.assign(knowledge, { roleModels: JSON.parse(gunzipSync(readFileSync(modelsFile)).toString('utf8')) as RoleModels });
const templatesFile = option('templates');
if (templatesFile) Object.assign(knowledge, { templateModel: JSON.parse(gunzipSync(readFileSync(templatesFile)).toString('utf8')) as unknown });
const th = option('th');
if (th) {
  const { roleRerank } = await import('../src/pipeline/apply-role-model.js');
  for (const part of th.split(',')) {
    const [role, value] = part.split('=') as [keyof typeof roleRerank.thresholds, string];
    roleRerank.thresholds[role] = Number(value);
  }
}
const split = (option('split') ?? 'dev') as 'dev' | 'train';
let docs = loadMuc4('../shared/eval', split);
const from = Number(option('from') ?? 0);
docs = docs.slice(from);
const extracts = new Map<string, MucRoleFillers>();
const templates = new Map<string, MucTemplate[]>();
const gold = new Map(docs.map((d) => [d.key, d.extracts]));
const goldT = new Map(docs.map((d) => [d.key, d.templates]));
const dump: unknown[] = [];
for (const d of docs) {
  const result = extractDocument({ id: d.docid, text: d.text } as never, knowledge);
  extracts.set(d.key, mapToMucExtracts(result));
  templates.set(d.key, mapToMucTemplates(result));
  dump.push({ key: d.key, pred: extracts.get(d.key), gold: d.extracts });
}
const c = scoreCeafRee(extracts, gold);
const g = scoreGtt(templates, goldT);
const fmt = (s: { p: number; r: number; f1: number }): string => `${(100 * s.p).toFixed(1)}/${(100 * s.r).toFixed(1)}/${(100 * s.f1).toFixed(2)}`;
const line = (scores: typeof c): string =>
  scores.roles.map((r) => `${r} ${fmt(scores.scores[r]!)}`).join('  ') + `  | micro ${fmt(scores.micro)}`;
console.log(`${split} from ${from} (${docs.length} docs)`);
console.log(`CEAF ${line(c)}`);
console.log(`GTT  ${line(g)}`);
if (option('dump')) (await import('node:fs')).writeFileSync(option('dump')!, dump.map((x) => JSON.stringify(x)).join('\n'));
