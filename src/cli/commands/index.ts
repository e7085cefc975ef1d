import type { CommandSpec } from '../command.js';
import { extractCommand } from './extract.js';
import { evalCommand } from './eval.js';
import { rankCommand } from './rank.js';
import { serveCommand } from './serve.js';
import { usersCommand } from './users.js';

/** Every sub-command, in the order `sitrep --help` lists them. Add new commands here. */
export const commands: CommandSpec[] = [
  extractCommand,
  evalCommand,
  rankCommand,
  serveCommand,
  usersCommand,
];
