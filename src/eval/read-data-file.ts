import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SitrepError } from '../model/index.js';

/** The evaluation data root: `--data PATH` when given, else `../shared/eval` from the working directory. */
export function resolveDataRoot(cwd: string, data?: string): string {
  return path.resolve(cwd, data ?? '../shared/eval');
}

/** Throw DATASET_MISSING unless `target` exists; `what` names the dataset for the message. */
export function requirePath(target: string, what: string): string {
  if (!existsSync(target)) {
    throw new SitrepError(
      'DATASET_MISSING',
      `${what} not found at ${target}. Evaluation data is read at run time from ../shared/eval (or --data PATH) and never copied into the repository.`,
    );
  }
  return target;
}

/** True when `target` is a directory. */
export function isDirectory(target: string): boolean {
  return existsSync(target) && statSync(target).isDirectory();
}

/** Read a UTF-8 text file, dropping a leading byte-order mark. */
export function readText(file: string, what: string): string {
  const raw = readFileSync(requirePath(file, what), 'utf8');
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

/** Parse a JSON-lines file (BOMs on any line tolerated, blank lines skipped). */
export function readJsonLines(file: string, what: string): unknown[] {
  const out: unknown[] = [];
  const lines = readText(file, what).split(/\r?\n/);
  lines.forEach((line, index) => {
    const trimmed = line.replace(/^\uFEFF/, '').trim();
    if (!trimmed) return;
    try {
      out.push(JSON.parse(trimmed));
    } catch (error) {
      throw new SitrepError('INPUT_JSON', `${file}:${index + 1}: not JSON (${(error as Error).message})`, { cause: error });
    }
  });
  return out;
}

/** Parse a whole JSON file. */
export function readJson(file: string, what: string): unknown {
  const text = readText(file, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SitrepError('INPUT_JSON', `${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
}
