import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { detectBinary } from './detect-binary.js';

describe('decodeText', () => {
  it('maps the Windows-1252 punctuation range, not Latin-1 controls', () => {
    const bytes = Buffer.concat([Buffer.from('Cost 5'), Buffer.from([0x80]), Buffer.from(' each'), Buffer.from([0x85, 0x96]), Buffer.from(' it'), Buffer.from([0x92]), Buffer.from('s a caf'), Buffer.from([0xe9])]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: 'Cost 5€ each…– it’s a café' });
  });

  it('rejects a broken UTF-16 body', () => {
    const result = decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    expect(result).toMatchObject({ ok: false, diagnostic: { code: 'INPUT_ENCODING' } });
  });
});

describe('detectBinary', () => {
  it('accepts UTF-16 text despite its NUL bytes and ordinary text with tabs and escapes', () => {
    expect(detectBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('plain words', 'utf16le')]))).toBeUndefined();
    expect(detectBinary(Buffer.from('col\tcol\r\n\x1b[1mbold\x1b[0m\f'))).toBeUndefined();
    expect(detectBinary(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe('PDF document');
  });
});
