import type { Readable, Writable } from 'node:stream';

/** One option of a command; the same table drives parsing, `--help` and docs/cli.md. */
export interface OptionSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** Placeholder shown in help, e.g. "FILE". */
  value?: string;
  description: string;
  default?: string | boolean;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** What a command sees of the process: arguments and streams, never globals. */
export interface CommandContext {
  positionals: string[];
  options: OptionValues;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** True when stderr is a terminal (progress bars go there). */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A sub-command: parse, call one function, format. Returns the exit code. */
export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec[];
  run(context: CommandContext): Promise<number>;
}
