import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import { evalDatasets, formatEvalReport, resolveDataRoot, runEval } from '../../eval/index.js';
import type { EvalDataset } from '../../eval/index.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';

/** `sitrep eval DATASET`: score the extractor (or a prediction file) on a benchmark read from ../shared/eval. */
export const evalCommand: CommandSpec = {
  name: 'eval',
  summary: 'Score the extractor on the seed gold or a public benchmark (muc4, re3d, wikievents) read at run time.',
  usage: 'sitrep eval seed|muc4|re3d|wikievents [--data PATH] [--split dev|train] [--predictions FILE] [--limit N] [--json]',
  options: [
    { name: 'data', type: 'string', value: 'PATH', description: 'Evaluation data root (default ../shared/eval from the working directory); the seed gold is read from its parent.' },
    { name: 'split', type: 'string', value: 'SPLIT', description: 'dev or train (MUC-4; WikiEvents has dev only).', default: 'dev' },
    { name: 'predictions', type: 'string', value: 'FILE', description: 'Score a MUC-4 prediction file in the reference formats (GTT pred_templates or GRIT pred_extracts) instead of running the extractor.' },
    { name: 'limit', type: 'string', value: 'N', description: 'Score only the first N documents.' },
    { name: 'json', type: 'boolean', description: 'Print the full report as JSON.', default: false },
  ],
  async run(context) {
    const [dataset, ...extra] = context.positionals;
    if (!dataset || extra.length || !(evalDatasets as readonly string[]).includes(dataset)) {
      context.stderr.write(`sitrep eval: name one dataset: ${evalDatasets.join(', ')}\n`);
      return exitCodes.usage;
    }
    const split = String(context.options.split);
    if (split !== 'dev' && split !== 'train') {
      context.stderr.write(`sitrep eval: --split must be dev or train, not '${split}'\n`);
      return exitCodes.usage;
    }
    const limitOption = context.options.limit;
    const limit = typeof limitOption === 'string' ? Number(limitOption) : undefined;
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
      context.stderr.write('sitrep eval: --limit must be a positive integer\n');
      return exitCodes.usage;
    }
    const predictions = context.options.predictions;
    const data = context.options.data;
    const report = runEval(dataset as EvalDataset, {
      dataRoot: resolveDataRoot(context.cwd, typeof data === 'string' ? data : undefined),
      split,
      ...(typeof predictions === 'string' ? { predictionsFile: predictions } : {}),
      ...(limit !== undefined ? { limit } : {}),
      knowledge: () => loadKnowledge(),
      ...(context.interactive ? { progress: (done: number, total: number) => context.stderr.write(`\r${done}/${total} documents${done === total ? '\n' : ''}`) } : {}),
    });
    context.stdout.write(context.options.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report));
    return exitCodes.ok;
  },
};
