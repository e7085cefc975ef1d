import type { CommandSpec } from '../command.js';
import { extractCommand } from './extract.js';
import { evalCommand } from './eval.js';
import { rankCommand } from './rank.js';
import { exportCommand } from './export.js';
import { reportCommand } from './report.js';
import { serveCommand } from './serve.js';
import { usersCommand } from './users.js';
import { ingestCommand } from './ingest.js';
import { groupsCommand } from './groups.js';
import { groupCommand } from './group.js';
import { incidentsCommand } from './incidents.js';
import { incidentCommand } from './incident.js';
import { searchCommand } from './search.js';
import { mergeCommand } from './merge.js';
import { unmergeCommand } from './unmerge.js';

/** Every sub-command, in the order `sitrep --help` lists them. Add new commands here. */
export const commands: CommandSpec[] = [
  extractCommand,
  evalCommand,
  rankCommand,
  exportCommand,
  reportCommand,
  serveCommand,
  usersCommand,
  ingestCommand,
  groupsCommand,
  groupCommand,
  incidentsCommand,
  incidentCommand,
  searchCommand,
  mergeCommand,
  unmergeCommand,
];
