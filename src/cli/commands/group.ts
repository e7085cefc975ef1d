import { findEntity } from '../../ingest/services/find-entity.js';
import { groupProfile, type GroupProfile } from '../../ingest/services/group-profile.js';
import type { FactSource, GroupFact } from '../../resolve/index.js';
import type { CommandSpec } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { dbOption, jsonOption, print, withStore } from './with-store.js';

/** `sitrep group NAME`: a group's profile, every fact with its sources. */
export const groupCommand: CommandSpec = {
  name: 'group',
  summary: "Show a group's profile: names, affiliations, rivals, founding, strength, areas, targets, incidents and deaths, each with its sources.",
  usage: 'sitrep group NAME|ID [--db URL] [--json]',
  options: [dbOption, jsonOption],
  async run(context) {
    const query = context.positionals.join(' ').trim();
    if (query === '') {
      context.stderr.write(`sitrep group: name a group\nUsage: ${this.usage}\n`);
      return exitCodes.usage;
    }
    const profile = await withStore(context, async (store) => groupProfile(store, await findEntity(store, query)));
    await print(context, context.options.json === true ? `${JSON.stringify(profile, null, 2)}\n` : formatProfile(profile));
    return exitCodes.ok;
  },
};

function formatProfile(p: GroupProfile): string {
  const v = p.view;
  const out: string[] = [`${p.entity.canonicalName} (entity ${p.entity.id}${p.entity.knownId ? `, ${p.entity.knownId}` : ''}, ${p.entity.kind})`];
  out.push('Names:', ...v.names.map((n) => `  ${n.name}  [${n.sources.join(', ')}]`));
  section(out, 'Type', [...v.types, ...v.ideologies]);
  section(out, 'Affiliations', v.affiliations);
  section(out, 'Rivals and opponents', v.rivals);
  section(out, 'Founded', v.founded === null ? [] : [v.founded]);
  section(out, 'Founded by members of', v.origins);
  section(out, 'Leader', v.leaders);
  section(out, 'Based in', v.basedIn);
  if (v.strength.length > 0) {
    out.push('Strength estimates:');
    for (const s of v.strength) out.push(`  ${s.min ?? '?'}–${s.max ?? '?'} ${s.unit ?? ''} as of ${s.asOf ?? 'undated'} ${sourceText(s.source)}`);
  }
  section(out, 'Ranked', v.rankings);
  section(out, 'Controls', v.areas.controls);
  section(out, 'Present in', v.areas.presentIn);
  section(out, 'Targets', v.targets);
  section(out, 'Other', v.other);
  out.push(`Incidents: ${p.incidents.length}, deaths: ${p.deaths}`);
  for (const i of p.incidents) out.push(`  #${i.id} ${i.date ?? '?'} ${i.type} ${i.place ?? ''}: ${i.killed ?? '?'} killed (${i.roles.join(', ')})`);
  if (p.sameAs.length > 0) {
    out.push('Possibly the same as:');
    for (const s of p.sameAs) out.push(`  ${s.name} (entity ${s.entityId}) score ${s.score} ${s.status}${s.reason ? `: ${s.reason}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

function section(out: string[], title: string, facts: GroupFact[]): void {
  if (facts.length === 0) return;
  out.push(`${title}:`);
  for (const fact of facts) {
    const value = 'name' in fact.value ? fact.value.name : 'text' in fact.value ? fact.value.text : 'date' in fact.value ? `${fact.value.date} (${fact.value.precision})` : JSON.stringify(fact.value);
    const when = fact.from === null ? '' : fact.from === fact.to ? ` as of ${fact.from}` : ` ${fact.from} – ${fact.to}`;
    out.push(`  ${fact.inverse ? `${fact.predicate.replace(/_/g, ' ')} (stated by the other side)` : fact.predicate.replace(/_/g, ' ')}: ${value}${when}`);
    for (const source of fact.sources) out.push(`    ${sourceText(source)}`);
  }
}

function sourceText(source: FactSource): string {
  const who = source.accordingTo.length > 0 ? `according to ${source.accordingTo.join(', ')}, ` : '';
  const quote = source.evidence === null ? '' : ` "${source.evidence.length > 100 ? `${source.evidence.slice(0, 97)}...` : source.evidence}"`;
  return `[${who}document ${source.documentId ?? '?'}, ${source.modality}]${quote}`;
}
