import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvCell } from './format-csv.js';
import { uuidV5 } from './uuid-v5.js';

describe('uuidV5', () => {
  it('matches the RFC 4122 / Python uuid.uuid5 reference values', () => {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org') and uuid.uuid5(uuid.NAMESPACE_URL, 'http://example.com')
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('http://example.com', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe('8c9ddcb0-8084-5a7f-a988-1095ab18b5df');
    expect(uuidV5('a')).toBe(uuidV5('a'));
    expect(uuidV5('a')).not.toBe(uuidV5('b'));
    expect(uuidV5('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
  });
});

describe('CSV writer', () => {
  it('quotes quotes, commas and newlines', () => {
    expect(formatCsvCell('plain')).toBe('plain');
    expect(formatCsvCell('a,b')).toBe('"a,b"');
    expect(formatCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(formatCsvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(formatCsvCell(null)).toBe('');
    expect(formatCsvCell(undefined)).toBe('');
    expect(formatCsvCell(-3.5)).toBe('-3.5');
  });
  it('defuses formula-injection prefixes', () => {
    expect(formatCsvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(formatCsvCell('+1+1')).toBe("'+1+1");
    expect(formatCsvCell('-2')).toBe("'-2");
    expect(formatCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvCell('\tcmd')).toBe("'\tcmd");
  });
  it('writes a table that parses back to the same cells', () => {
    const text = formatCsv(['a', 'b'], [['x, "y"', 'multi\nline'], [1, null]]);
    expect(text).toBe('a,b\r\n"x, ""y""","multi\nline"\r\n1,\r\n');
    expect(parseCsv(text)).toEqual([['a', 'b'], ['x, "y"', 'multi\nline'], ['1', '']]);
  });
});

/** A strict RFC 4180 reader, for checking the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    }
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
