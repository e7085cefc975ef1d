import { utf16Encoding } from './decode-text.js';

/** Magic numbers of binary formats people drop into report folders. */
const magicNumbers: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'GZIP archive', bytes: [0x1f, 0x8b] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
];

/** How many leading bytes the binary check looks at. */
export const sniffBytes = 8192;

/**
 * Why these leading bytes look binary (a magic number, NUL bytes, many control
 * characters), or undefined when they look like text.
 */
export function detectBinary(sample: Uint8Array): string | undefined {
  const head = sample.subarray(0, sniffBytes);
  for (const magic of magicNumbers) {
    if (magic.bytes.every((b, i) => head[i] === b)) return magic.name;
  }
  const utf16 = utf16Encoding(head);
  if (utf16) {
    // UTF-16 text is full of NUL bytes; judge its characters instead.
    const text = new TextDecoder(utf16).decode(head);
    return controlShare(Array.from(text, (ch) => ch.charCodeAt(0))) > 0.1 ? 'control characters' : undefined;
  }
  if (head.includes(0)) return 'NUL bytes';
  return controlShare(head) > 0.1 ? 'control characters' : undefined;
}

function controlShare(codes: ArrayLike<number>): number {
  if (codes.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] ?? 0;
    // Tab, newline, form feed, carriage return and escape occur in real text files.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f) control++;
  }
  return control / codes.length;
}
