import type { CommandSpec, OptionSpec } from './command.js';

/** The `sitrep --help` overview, from the command table. */
export function formatOverview(list: CommandSpec[]): string {
  const width = Math.max(0, ...list.map((command) => command.name.length));
  const lines = list.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `sitrep — a sourced, time-aware record of armed conflict from news reports\n\nUsage: sitrep <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'sitrep help <command>' for its options.\n`;
}

/** One command's help, from its option table. */
export function formatCommandHelp(command: CommandSpec): string {
  const rows = command.options.map((option) => [formatFlag(option), describe(option)] as const);
  const width = Math.max(0, ...rows.map(([flag]) => flag.length));
  const body = rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`).join('\n');
  return `Usage: ${command.usage}\n\n${command.summary}\n${rows.length ? `\nOptions:\n${body}\n` : ''}`;
}

/** The command table as Markdown, for docs/cli.md. */
export function formatMarkdown(list: CommandSpec[]): string {
  const sections = list.map((command) => {
    const table = command.options.length
      ? `\n| option | meaning | default |\n| --- | --- | --- |\n${command.options
          .map((option) => `| \`${formatFlag(option)}\` | ${option.description} | ${option.default === undefined ? '' : `\`${String(option.default)}\``} |`)
          .join('\n')}\n`
      : '';
    return `## sitrep ${command.name}\n\n${command.summary}\n\n    ${command.usage}\n${table}`;
  });
  return `# sitrep command line\n\nGenerated from the CLI's option table by \`npm run docs\`; do not edit by hand.\n\n${sections.join('\n')}`;
}

function formatFlag(option: OptionSpec): string {
  const short = option.short ? `-${option.short}, ` : '';
  const value = option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : '';
  return `${short}--${option.name}${value}`;
}

function describe(option: OptionSpec): string {
  return option.default === undefined || option.default === false ? option.description : `${option.description} (default: ${String(option.default)})`;
}
