import type { EvalReport } from './run-eval.js';
import type { RoleScores } from './role-counts.js';

const pct = (x: number): string => (x * 100).toFixed(2).padStart(7);

/** A P/R/F1 table per role with the micro-average, percentages with two decimals. */
export function formatRoleTable(title: string, scores: RoleScores): string {
  const width = Math.max(10, ...scores.roles.map((r) => r.length)) + 2;
  const lines = [title, `${''.padEnd(width)}      P       R      F1   matched/pred/gold`];
  const row = (name: string, p: number, r: number, f1: number, c: { pNum: number; pDen: number; rDen: number }): string =>
    `${name.padEnd(width)}${pct(p)} ${pct(r)} ${pct(f1)}   ${c.pNum}/${c.pDen}/${c.rDen}`;
  for (const role of scores.roles) {
    const s = scores.scores[role]!;
    lines.push(row(role, s.p, s.r, s.f1, scores.counts[role]!));
  }
  lines.push(row('micro avg', scores.micro.p, scores.micro.r, scores.micro.f1, scores.micro));
  return lines.join('\n');
}

/** The readable form of an evaluation report. */
export function formatEvalReport(report: EvalReport): string {
  const out: string[] = [];
  switch (report.dataset) {
    case 'seed':
      for (const score of report.seed) {
        const lines = [`seed gold: ${score.document}`];
        for (const tier of ['must', 'should', 'must_not'] as const) {
          const t = score.totals[tier];
          lines.push(`  ${tier.padEnd(8)} ${t.passed}/${t.total}`);
        }
        for (const f of score.facts) lines.push(`  ${f.pass ? 'pass' : 'FAIL'}  ${f.tier.padEnd(8)} ${f.id.padEnd(4)} ${f.reason ?? ''}`.trimEnd());
        lines.push(`  ${score.perfect ? 'perfect' : score.acceptable ? 'acceptable (all must and must_not pass)' : 'NOT acceptable'}`);
        out.push(lines.join('\n'));
      }
      break;
    case 'muc4':
      out.push(`MUC-4 ${report.split}, ${report.documents} documents, ${report.source === 'extractor' ? 'sitrep extractor' : `predictions ${report.source}`}`);
      if (report.ceafRee) out.push(formatRoleTable('CEAF-REE (phi_strict)', report.ceafRee));
      if (report.gtt) out.push(formatRoleTable('GTT template F1', report.gtt));
      break;
    case 're3d':
      out.push(`re3d, ${report.documents} documents`);
      out.push(formatRoleTable('entities, exact spans', report.re3d.entities.exact));
      out.push(formatRoleTable('entities, overlapping spans', report.re3d.entities.overlap));
      out.push(formatRoleTable('relations, exact spans', report.re3d.relations.exact));
      out.push(formatRoleTable('relations, overlapping spans', report.re3d.relations.overlap));
      break;
    case 'wikievents':
      out.push(`WikiEvents ${report.split}, ${report.documents} documents (Conflict.Attack.*, Life.Die, Life.Injure; document-level)`);
      out.push(formatRoleTable('argument head-word F1', report.wikievents.head));
      out.push(formatRoleTable('argument coreference F1', report.wikievents.coref));
      break;
  }
  return `${out.join('\n\n')}\n`;
}
