import { mkdtemp, mkdir, readFile, rm, writeFile, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocuments, type ReaderOptions, type ReadInput, type ReadItem } from './read-documents.js';

const fixtures = join(import.meta.dirname, '../../test/fixtures/readers');
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-readers-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function collect(inputs: ReadInput[], options?: ReaderOptions): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readDocuments(inputs, options)) items.push(item);
  return items;
}

async function readOne(name: string, content: string | Uint8Array, options?: ReaderOptions): Promise<ReadItem> {
  const path = join(tmp, name);
  await writeFile(path, content);
  const items = await collect([{ path }], options);
  expect(items).toHaveLength(1);
  return items[0] as ReadItem;
}

function documents(items: ReadItem[]) {
  return items.flatMap((item) => (item.ok ? [item.document] : []));
}

function codes(items: ReadItem[]) {
  return items.map((item) => (item.ok ? 'ok' : item.diagnostic.code));
}

describe('plain text', () => {
  it('keeps the text exactly as read, so offsets stay valid', async () => {
    const path = join(fixtures, 'report.txt');
    const raw = await readFile(path, 'utf8');
    const [item] = await collect([{ path }]);
    expect(item?.ok).toBe(true);
    if (!item?.ok) return;
    expect(item.document.text).toBe(raw);
    expect(item.document.id).toBe('report');
    const start = raw.indexOf('roadside bomb');
    expect(item.document.text.slice(start, start + 'roadside bomb'.length)).toBe('roadside bomb');
    expect(item.document.text.startsWith('  KABUL')).toBe(true);
    expect(item.document.text.endsWith('  \n')).toBe(true);
  });

  it('removes a leading UTF-8 BOM and nothing else', async () => {
    const item = await readOne('bom.txt', '\uFEFF Text after a BOM.\r\n');
    expect(item.ok && item.document.text).toBe(' Text after a BOM.\r\n');
  });

  it('uses --date when the text has no date of its own', async () => {
    const item = await readOne('dated.txt', 'Something happened.', { defaultDate: '2021-08-27' });
    expect(item.ok && item.document.published).toBe('2021-08-27');
    const undated = await readOne('undated.txt', 'Something happened.');
    expect(undated.ok && undated.document.published).toBeUndefined();
  });

  it('dates a report from its dateline before falling back to --date', async () => {
    const text = 'KABUL, Afghanistan (Jan. 25, 2013) - A suicide bomber struck.\n';
    const item = await readOne('dateline.txt', text, { defaultDate: '2020-01-01' });
    expect(item.ok && item.document).toEqual({ id: 'dateline', text, published: '2013-01-25' });
    const record = await readOne('dateline.jsonl', JSON.stringify({ id: 'd', text: 'Sunday, October 25, 2009\n\nAt least 132 people were killed.' }));
    expect(record.ok && record.document.published).toBe('2009-10-25');
  });

  it('reads a file with an unknown extension as text when it is textual', async () => {
    const item = await readOne('notes.report', 'Militants attacked a post.');
    expect(item.ok && item.document).toMatchObject({ id: 'notes', text: 'Militants attacked a post.' });
  });
});

describe('JSON Lines', () => {
  it('reads good lines and reports bad ones by line number', async () => {
    const path = join(fixtures, 'reports.jsonl');
    const items = await collect([{ path }]);
    expect(codes(items)).toEqual(['ok', 'ok', 'INPUT_JSON', 'INPUT_FIELD', 'ok']);
    expect(items.map((item) => item.origin.line)).toEqual([1, 3, 4, 5, 6]);
    const [r1, r2, r6] = documents(items);
    expect(r1).toEqual({
      id: 'r1',
      text: 'A car bomb exploded near a market in the town on Monday.',
      published: '2020-05-04',
      title: 'Car bomb near market',
    });
    expect(r2).toMatchObject({ id: 'r2', published: '2020-05-05', url: 'https://example.org/r2' });
    expect(r6).toMatchObject({ id: 'reports.jsonl:6', url: 'https://example.org/r6' });
    const bad = items[2];
    expect(bad && !bad.ok && bad.diagnostic).toMatchObject({ code: 'INPUT_JSON', severity: 'error', line: 4 });
  });

  it('sniffs JSON Lines by content and prefers record dates to --date', async () => {
    const lines = [JSON.stringify({ id: 'a', text: 'one' }), JSON.stringify({ id: 'b', text: 'two', published: '2001-09-11' })];
    const item = await collect([{ stdin: Readable.from([Buffer.from(lines.join('\r\n'))]) }], { defaultDate: '2020-01-01' });
    expect(documents(item).map((d) => [d.id, d.published])).toEqual([
      ['a', '2020-01-01'],
      ['b', '2001-09-11'],
    ]);
  });

  it('warns about an unreadable date and keeps the document', async () => {
    const item = await readOne('date.jsonl', JSON.stringify({ id: 'x', text: 'body', published: 'sometime' }));
    expect(item.ok && item.document.published).toBeUndefined();
    expect(item.ok && item.diagnostics.map((d) => [d.code, d.severity])).toEqual([['INPUT_DATE', 'warning']]);
  });

  it('reports an empty or whitespace-only record text', async () => {
    const item = await readOne('blank.jsonl', JSON.stringify({ id: 'x', text: '  \n ' }));
    expect(!item.ok && item.diagnostic.code).toBe('INPUT_EMPTY');
  });

  it('streams many documents and caps one oversized line', async () => {
    const path = join(tmp, 'many.jsonl');
    const good = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Report ${i}. `.repeat(20) }));
    const huge = JSON.stringify({ id: 'huge', text: 'x'.repeat(2048) });
    await writeFile(path, [...good.slice(0, 1000), huge, ...good.slice(1000)].join('\n') + '\n');
    const items = await collect([{ path }], { maxDocumentBytes: 1024 });
    expect(items).toHaveLength(2001);
    expect(items[1000]).toMatchObject({ ok: false, origin: { line: 1001 }, diagnostic: { code: 'INPUT_TOO_LARGE' } });
    expect(items.filter((item) => item.ok)).toHaveLength(2000);
    expect(items[2000]).toMatchObject({ ok: true, document: { id: 'd1999' }, origin: { line: 2001 } });
  });

  it('decodes a Windows-1252 line with a warning and rejects an undecodable one', async () => {
    const latin = Buffer.concat([Buffer.from('{"id":"w","text":"Caf'), Buffer.from([0xe9, 0x20, 0x93]), Buffer.from('quoted'), Buffer.from([0x94]), Buffer.from('"}\n')]);
    const broken = Buffer.concat([Buffer.from('{"id":"z","text":"'), Buffer.from([0x81, 0x8d, 0x90]), Buffer.from('"}\n')]);
    const good = Buffer.from('{"id":"g","text":"fine"}\n');
    const items = await collect([{ path: await write('enc.jsonl', Buffer.concat([latin, broken, good])) }]);
    expect(codes(items)).toEqual(['ok', 'INPUT_ENCODING', 'ok']);
    const first = items[0];
    expect(first?.ok && first.document.text).toBe('Café “quoted”');
    expect(first?.ok && first.diagnostics[0]).toMatchObject({ code: 'INPUT_ENCODING', severity: 'warning', line: 1 });
  });
});

describe('JSON Lines in UTF-16', () => {
  it('decodes the whole file, then reads it line by line', async () => {
    const body = '{"id":"u1","text":"Mazār-i-Sharīf"}\r\n\r\n{"id":"u2"}\r\n';
    const items = await collect([{ path: await write('utf16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])) }]);
    expect(codes(items)).toEqual(['ok', 'INPUT_FIELD']);
    expect(items.map((item) => item.origin.line)).toEqual([1, 3]);
    expect(items[0]?.ok && items[0].document.text).toBe('Mazār-i-Sharīf');
  });
});

describe('JSON files', () => {
  it('reads an array of records and a single record', async () => {
    const array = await collect([{ path: await write('list.json', JSON.stringify([{ id: 'a', text: 'one' }, { text: 'two' }, { id: 'c' }], null, 2)) }]);
    expect(codes(array)).toEqual(['ok', 'ok', 'INPUT_FIELD']);
    expect(documents(array).map((d) => d.id)).toEqual(['a', 'list.json#2']);
    const single = await readOne('single.json', JSON.stringify({ text: 'alone', title: 'T' }, null, 2));
    expect(single.ok && single.document).toEqual({ id: 'single', text: 'alone', title: 'T' });
  });

  it('reports invalid JSON', async () => {
    const item = await readOne('bad.json', '{"id": "a", "text": ');
    expect(!item.ok && item.diagnostic.code).toBe('INPUT_JSON');
  });
});

describe('HTML', () => {
  it('extracts the article text as paragraphs with its metadata', async () => {
    const [item] = await collect([{ path: join(fixtures, 'article.html') }]);
    expect(item?.ok).toBe(true);
    if (!item?.ok) return;
    const { document } = item;
    expect(document.id).toBe('article');
    expect(document.title).toBe('Attack on convoy near the border');
    expect(document.published).toBe('2019-11-02');
    expect(document.url).toBe('https://news.example.org/2019/11/attack-on-convoy');
    const paragraphs = document.text.split('\n\n');
    expect(paragraphs.some((p) => p.startsWith('Militants ambushed a supply convoy') && p.includes('killing three drivers and wounding'))).toBe(true);
    expect(document.text).toContain('No group has so far claimed responsibility');
    expect(document.text).not.toMatch(/tracking|color: red|Copyright/);
  });

  it('survives malformed markup, and reports a page with no text', async () => {
    const broken = await readOne('broken.html', '<html><body><div><p>Gunmen <b>attacked</i> a <<village>> &amp; fled<div><table><tr><td>cell');
    expect(broken.ok && broken.document.text).toContain('Gunmen attacked a');
    const deep = await readOne('deep.html', '<html><body>' + '<div>'.repeat(20000) + 'deep text' + '</body></html>');
    expect(deep.ok && deep.document.text).toBe('deep text');
    const empty = await readOne('empty.html', '<!doctype html><html><head><title>x</title></head><body><script>1</script></body></html>');
    expect(!empty.ok && empty.diagnostic.code).toBe('INPUT_EMPTY');
  });

  it('sniffs HTML on stdin', async () => {
    const html = await readFile(join(fixtures, 'article.html'));
    const [item] = await collect([{ stdin: Readable.from([html]) }]);
    expect(item?.ok && item.document.id).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(item?.ok && item.document.title).toBe('Attack on convoy near the border');
    expect(item?.origin.source).toBe('-');
  });
});

describe('RSS and Atom', () => {
  it('reads one document per RSS item', async () => {
    const items = await collect([{ path: join(fixtures, 'feed.rss') }]);
    expect(codes(items)).toEqual(['ok', 'ok', 'INPUT_EMPTY']);
    const [first, second] = documents(items);
    expect(first).toEqual({
      id: 'example-1001',
      text: 'Fighting broke out between two armed groups near the town.\n\nAt least four people were killed.',
      published: '2019-11-02',
      title: 'Clashes reported in the north',
      url: 'https://news.example.org/clashes-north',
    });
    expect(second).toMatchObject({ id: 'https://news.example.org/ceasefire', published: '2019-11-03', text: 'The two sides announced a ceasefire on Sunday.\n\nTalks will resume next week.' });
    expect(items[2]?.origin).toEqual({ source: join(fixtures, 'feed.rss'), entry: 'https://news.example.org/empty' });
  });

  it('reads Atom entries', async () => {
    const [item] = await collect([{ path: join(fixtures, 'feed.atom') }]);
    expect(item?.ok && item.document).toEqual({
      id: 'urn:example:entry:1',
      text: 'An explosion hit a crowd at the airport gate on Thursday.\n\nDozens were reported killed.',
      published: '2021-08-27',
      title: 'Blast at the airport gate',
      url: 'https://atom.example.org/blast',
    });
  });

  it('reports malformed XML and XML that is not a feed', async () => {
    const broken = await readOne('broken.xml', '<rss><channel><item><title>x</title></channel>');
    expect(!broken.ok && broken.diagnostic.code).toBe('INPUT_FORMAT');
    const other = await readOne('other.xml', '<?xml version="1.0"?><config><a>1</a></config>');
    expect(!other.ok && other.diagnostic.message).toMatch(/not an RSS or Atom feed/);
  });
});

describe('bad input', () => {
  it('reports empty and whitespace-only input', async () => {
    expect(codes([await readOne('zero.txt', '')])).toEqual(['INPUT_EMPTY']);
    expect(codes([await readOne('spaces.txt', ' \n\t\r\n ')])).toEqual(['INPUT_EMPTY']);
    expect(codes(await collect([{ stdin: Readable.from([]) }]))).toEqual(['INPUT_EMPTY']);
  });

  it('reports binary input by NUL bytes, control characters and magic numbers', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41]);
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1');
    const gzip = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x41, 0x42]);
    const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]);
    const nul = Buffer.from('text\0with a NUL');
    const controls = Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    for (const [name, bytes] of Object.entries({ png, pdf, gzip, elf, zip, nul, controls })) {
      const item = await readOne(`${name}.txt`, bytes);
      expect(!item.ok && item.diagnostic.code, name).toBe('INPUT_BINARY');
    }
  });

  it('reports a 50 MB document without reading it, and caps a 50 MB stream', async () => {
    const path = join(tmp, 'huge.txt');
    await writeFile(path, Buffer.alloc(50 * 1024 * 1024, 'word '));
    const started = Date.now();
    const items = await collect([{ path }, { path: join(fixtures, 'report.txt') }]);
    expect(codes(items)).toEqual(['INPUT_TOO_LARGE', 'ok']);
    expect(Date.now() - started).toBeLessThan(5000);
    const chunk = Buffer.alloc(1024 * 1024, 'word ');
    const stream = Readable.from((function* () {
      for (let i = 0; i < 50; i++) yield chunk;
    })());
    expect(codes(await collect([{ stdin: stream }]))).toEqual(['INPUT_TOO_LARGE']);
  });

  it('reports a single 50 MB JSON line as one diagnostic, the other lines unaffected', async () => {
    const path = join(tmp, 'huge-line.jsonl');
    const huge = Buffer.concat([Buffer.from('{"id":"huge","text":"'), Buffer.alloc(50 * 1024 * 1024, 'a'), Buffer.from('"}\n')]);
    await writeFile(path, Buffer.concat([Buffer.from('{"id":"before","text":"x"}\n'), huge, Buffer.from('{"id":"after","text":"y"}\n')]));
    const items = await collect([{ path }]);
    expect(codes(items)).toEqual(['ok', 'INPUT_TOO_LARGE', 'ok']);
    expect(items[1]?.origin.line).toBe(2);
    expect(documents(items).map((d) => d.id)).toEqual(['before', 'after']);
  });

  it('decodes UTF-16 with a BOM, Windows-1252 with a warning, and rejects undecodable bytes', async () => {
    const le = await readOne('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kabul — 27 août', 'utf16le')]));
    expect(le.ok && le.document.text).toBe('Kabul — 27 août');
    expect(le.ok && le.diagnostics).toEqual([]);
    const beBody = Buffer.from('Herāt', 'utf16le').swap16();
    const be = await readOne('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]));
    expect(be.ok && be.document.text).toBe('Herāt');
    const cp1252 = await readOne('cp.txt', Buffer.from([0x93, 0x4e, 0x6f, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x4a, 0x6f, 0x73, 0xe9]));
    expect(cp1252.ok && cp1252.document.text).toBe('“No” said José');
    expect(cp1252.ok && cp1252.diagnostics).toMatchObject([{ code: 'INPUT_ENCODING', severity: 'warning' }]);
    const invalid = await readOne('invalid.txt', Buffer.from([0x41, 0x81, 0x42, 0x8d, 0x43, 0x90, 0x44, 0x9d]));
    expect(!invalid.ok && invalid.diagnostic).toMatchObject({ code: 'INPUT_ENCODING', severity: 'error' });
  });

  it('reports a missing path and goes on', async () => {
    const items = await collect([{ path: join(tmp, 'missing.txt') }, { path: join(fixtures, 'report.txt') }]);
    expect(codes(items)).toEqual(['INPUT_NOT_FOUND', 'ok']);
  });
});

describe('folders', () => {
  it('reads recursively in sorted order, skipping hidden and unsupported files', async () => {
    const root = join(tmp, 'folder');
    await mkdir(join(root, 'b', 'nested'), { recursive: true });
    await mkdir(join(root, '.git'), { recursive: true });
    await writeFile(join(root, '.git', 'HEAD'), 'ref: main');
    await writeFile(join(root, '.hidden.txt'), 'hidden');
    await writeFile(join(root, 'z.txt'), 'last report');
    await writeFile(join(root, 'a.txt'), 'first report');
    await writeFile(join(root, 'empty.txt'), '');
    await writeFile(join(root, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(join(root, 'blob.dat'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    await writeFile(join(root, 'NOTES'), 'plain notes');
    await writeFile(join(root, 'sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url></urlset>');
    await writeFile(join(root, 'b', 'lines.jsonl'), '{"id":"j1","text":"one"}\nnot json\n{"id":"j3","text":"three"}\n');
    await writeFile(join(root, 'b', 'nested', 'a.txt'), 'nested report');
    await symlink(root, join(root, 'b', 'loop'));
    const items = await collect([{ path: root }]);
    const rows = items.map((item) => [item.origin.source.slice(root.length + 1), item.origin.line ?? null, item.ok ? item.document.id : `${item.diagnostic.code}/${item.diagnostic.severity}`]);
    expect(rows).toEqual([
      ['NOTES', null, 'NOTES'],
      ['a.txt', null, 'a'],
      ['b/lines.jsonl', 1, 'j1'],
      ['b/lines.jsonl', 2, 'INPUT_JSON/error'],
      ['b/lines.jsonl', 3, 'j3'],
      ['b/nested/a.txt', null, 'b/nested/a'],
      ['blob.dat', null, 'INPUT_FORMAT/warning'],
      ['empty.txt', null, 'INPUT_EMPTY/error'],
      ['photo.png', null, 'INPUT_FORMAT/warning'],
      ['sitemap.xml', null, 'INPUT_FORMAT/warning'],
      ['z.txt', null, 'z'],
    ]);
    expect(await collect([{ path: root }])).toEqual(items);
  });

  it('warns about an empty folder', async () => {
    const root = join(tmp, 'nothing');
    await mkdir(root);
    expect(codes(await collect([{ path: root }]))).toEqual(['INPUT_EMPTY']);
  });
});

describe('URLs', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const rss = await readFile(join(fixtures, 'feed.rss'));
    const html = await readFile(join(fixtures, 'article.html'));
    server = createServer((request, response) => {
      if (request.url === '/feed') {
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss);
      } else if (request.url === '/page') {
        response.writeHead(200, { 'content-type': 'text/html' }).end(html);
      } else if (request.url === '/plain.txt') {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('A plain report.');
      } else if (request.url === '/big') {
        response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10_000) }).end('x'.repeat(10_000));
      } else if (request.url === '/slow') {
        // Never answers: the reader's timeout must fire.
      } else {
        response.writeHead(404).end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads a feed, a page and a text over HTTP', async () => {
    const items = await collect([{ url: `${base}/feed` }, { url: `${base}/page` }, { url: `${base}/plain.txt` }]);
    expect(codes(items)).toEqual(['ok', 'ok', 'INPUT_EMPTY', 'ok', 'ok']);
    expect(items[0]?.origin).toEqual({ source: `${base}/feed`, entry: 'example-1001' });
    expect(items[3]?.ok && items[3].document.url).toBe('https://news.example.org/2019/11/attack-on-convoy');
    expect(items[4]?.ok && items[4].document).toEqual({ id: `${base}/plain.txt`, text: 'A plain report.', url: `${base}/plain.txt` });
  });

  it('turns HTTP errors, timeouts and oversized bodies into diagnostics', async () => {
    const items = await collect(
      [{ url: `${base}/missing` }, { url: `${base}/slow` }, { url: `${base}/big` }, { url: 'ftp://example.org/x' }, { url: `${base}/plain.txt` }],
      { fetchTimeoutMs: 300, maxDocumentBytes: 1000, maxContainerBytes: 5000 },
    );
    expect(codes(items)).toEqual(['INPUT_NOT_FOUND', 'INPUT_NOT_FOUND', 'INPUT_TOO_LARGE', 'INPUT_NOT_FOUND', 'ok']);
    expect(items[0]?.ok === false && items[0].diagnostic.message).toMatch(/404/);
    expect(items[1]?.ok === false && items[1].diagnostic.message).toMatch(/300 ms/);
  });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(tmp, name);
  await writeFile(path, content);
  return path;
}
