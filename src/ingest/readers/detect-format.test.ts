import { describe, expect, it } from 'vitest';
import { formatFromContentType, formatFromName, sniffFormat } from './detect-format.js';

describe('format detection', () => {
  it('goes by extension first', () => {
    expect(formatFromName('a/b/REPORT.HTM')).toBe('html');
    expect(formatFromName('x.ndjson')).toBe('jsonl');
    expect(formatFromName('feed.atom')).toBe('feed');
    expect(formatFromName('notes')).toBeUndefined();
    expect(formatFromContentType('application/rss+xml; charset=utf-8')).toBe('feed');
  });

  it('sniffs content for stdin and unknown names', () => {
    expect(sniffFormat('\uFEFF  {"id":"a","text":"b"}\n{"id":"c"')).toBe('jsonl');
    expect(sniffFormat('{\n  "id": "a"\n}')).toBe('json');
    expect(sniffFormat('[{"text":"a"}]')).toBe('json');
    expect(sniffFormat('<!DOCTYPE html><html><body>x')).toBe('html');
    expect(sniffFormat('<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">')).toBe('feed');
    expect(sniffFormat('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')).toBe('feed');
    expect(sniffFormat('<p>a fragment</p><body>')).toBe('html');
    expect(sniffFormat('KABUL, Aug. 27 - ...')).toBe('text');
  });
});
