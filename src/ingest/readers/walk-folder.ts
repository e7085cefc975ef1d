import { opendir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A file found in a folder, with its path relative to the folder ('/'-separated). */
export interface FolderFile {
  path: string;
  relative: string;
  size: number;
}

/**
 * Every file under a folder, depth first in code-point order of names (so the
 * order is the same on every machine), skipping hidden files and folders and
 * following symbolic links once.
 */
export async function* walkFolder(root: string): AsyncGenerator<FolderFile> {
  const seen = new Set<string>([await realpath(root)]);
  yield* walk(root, '', seen);
}

async function* walk(folder: string, prefix: string, seen: Set<string>): AsyncGenerator<FolderFile> {
  const names: string[] = [];
  for await (const entry of await opendir(folder)) {
    if (!entry.name.startsWith('.')) names.push(entry.name);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(folder, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    let info;
    try {
      info = await stat(path);
    } catch {
      continue; // A dangling link is not a document.
    }
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (seen.has(real)) continue;
      seen.add(real);
      yield* walk(path, relative, seen);
    } else if (info.isFile()) {
      yield { path, relative, size: info.size };
    }
  }
}
