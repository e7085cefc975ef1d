import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { SitrepError } from '../model/index.js';
import { binaryExtensions } from './readers/detect-format.js';
import { openUrl } from './readers/open-url.js';
import { readContext, type ReadContext } from './readers/read-context.js';
import { failure, type ReadInput, type ReaderOptions, type ReadItem } from './readers/read-item.js';
import { readSource } from './readers/read-source.js';
import { walkFolder } from './readers/walk-folder.js';

export type { Origin, ReadInput, ReaderOptions, ReadItem } from './readers/read-item.js';

/**
 * Read documents from files, folders (recursively, in sorted order), stdin and
 * URLs, as a stream of items in a deterministic order. A bad input is an item
 * with a diagnostic and reading goes on; this generator does not throw.
 */
export async function* readDocuments(inputs: ReadInput[], options?: ReaderOptions): AsyncGenerator<ReadItem> {
  const context = readContext(options);
  for (const input of inputs) {
    if ('path' in input) {
      if (input.path === '-') yield* readStdin(process.stdin, undefined, context);
      else yield* readPath(input.path, context);
    } else if ('url' in input) {
      yield* readUrl(input.url, context);
    } else {
      yield* readStdin(input.stdin, input.name, context);
    }
  }
}

async function* readPath(path: string, context: ReadContext): AsyncGenerator<ReadItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    yield failure({ source: path }, 'INPUT_NOT_FOUND', code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : `cannot read: ${(error as Error).message}`);
    return;
  }
  if (!info.isDirectory()) {
    const name = basename(path);
    yield* readSource(
      { source: path, name, id: stripExtension(name), label: name, size: info.size, open: () => createReadStream(path) },
      context,
    );
    return;
  }
  let found = 0;
  try {
    for await (const file of walkFolder(path)) {
      found++;
      if (binaryExtensions.has(extname(file.path).toLowerCase())) {
        yield failure({ source: file.path }, 'INPUT_FORMAT', `skipped: unsupported file type ${extname(file.path)}`, 'warning');
        continue;
      }
      yield* readSource(
        {
          source: file.path,
          name: file.relative,
          // Relative paths keep ids unique across subfolders; a top-level file's id is its base name.
          id: stripExtension(file.relative),
          label: file.relative,
          size: file.size,
          inFolder: true,
          open: () => createReadStream(file.path),
        },
        context,
      );
    }
  } catch (error) {
    yield failure({ source: path }, 'INPUT_NOT_FOUND', `cannot read folder: ${(error as Error).message}`);
    return;
  }
  if (found === 0) yield failure({ source: path }, 'INPUT_EMPTY', 'folder has no files', 'warning');
}

async function* readUrl(url: string, context: ReadContext): AsyncGenerator<ReadItem> {
  let source;
  try {
    source = await openUrl(url, context);
  } catch (error) {
    const code = error instanceof SitrepError && error.code === 'INPUT_TOO_LARGE' ? 'INPUT_TOO_LARGE' : 'INPUT_NOT_FOUND';
    yield failure({ source: url }, code, (error as Error).message);
    return;
  }
  yield* readSource(source, context);
}

function readStdin(stream: NodeJS.ReadableStream, name: string | undefined, context: ReadContext): AsyncGenerator<ReadItem> {
  const label = name ? basename(name) : 'stdin';
  return readSource(
    {
      source: '-',
      label,
      ...(name ? { name, id: stripExtension(basename(name)) } : {}),
      open: () => stream as AsyncIterable<Uint8Array | string>,
    },
    context,
  );
}

function stripExtension(name: string): string {
  const extension = extname(name);
  return extension && extension !== name ? name.slice(0, -extension.length) : name;
}
