import { parseArgs } from 'node:util';
import { SitrepError, toSitrepError } from '../model/index.js';
import type { CommandContext, CommandSpec, OptionValues } from './command.js';
import { commands } from './commands/index.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';
import { formatCommandHelp, formatOverview } from './format-help.js';

/** Run the CLI with these arguments; resolves to the exit code. */
export async function runCli(argv: string[], io: Partial<CommandContext> = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic ? findCommand(topic) : undefined;
    stdout.write(command ? formatCommandHelp(command) : formatOverview(commands));
    return exitCodes.ok;
  }
  if (name === '--version' || name === '-v') {
    stdout.write(`${await readVersion()}\n`);
    return exitCodes.ok;
  }
  const command = findCommand(name);
  if (!command) {
    stderr.write(`sitrep: unknown command '${name}'. Run 'sitrep --help' for the list.\n`);
    return exitCodes.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    stdout.write(formatCommandHelp(command));
    return exitCodes.ok;
  }
  let positionals: string[];
  let options: OptionValues;
  try {
    ({ positionals, options } = parseCommandArgs(command, rest));
  } catch (error) {
    stderr.write(`sitrep ${command.name}: ${(error as Error).message}\nUsage: ${command.usage}\n`);
    return exitCodes.usage;
  }
  const context: CommandContext = {
    positionals,
    options,
    stdin: io.stdin ?? process.stdin,
    stdout,
    stderr,
    interactive: io.interactive ?? Boolean((stderr as NodeJS.WriteStream).isTTY),
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
  };
  try {
    return await command.run(context);
  } catch (error) {
    const failure = toSitrepError(error);
    stderr.write(`sitrep ${command.name}: ${failure.message} [${failure.code}]\n`);
    if (failure.code === 'INTERNAL' && context.env.SITREP_DEBUG) stderr.write(`${String((error as Error).stack)}\n`);
    return exitCodeFor(failure.code);
  }
}

function findCommand(name: string): CommandSpec | undefined {
  return commands.find((command) => command.name === name);
}

function parseCommandArgs(command: CommandSpec, args: string[]): { positionals: string[]; options: OptionValues } {
  const spec: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const option of command.options) {
    spec[option.name] = { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.multiple ? { multiple: true } : {}) };
  }
  const parsed = parseArgs({ args, options: spec, allowPositionals: true, strict: true });
  const options = { ...parsed.values } as OptionValues;
  for (const option of command.options) {
    if (options[option.name] === undefined && option.default !== undefined) options[option.name] = option.default;
  }
  return { positionals: parsed.positionals, options };
}

async function readVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const raw = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(raw) as { version: string }).version;
}

export { SitrepError };
