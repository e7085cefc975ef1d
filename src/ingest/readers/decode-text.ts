import type { Diagnostic } from '../../model/index.js';
import { diagnose } from './read-item.js';

/** The text of some bytes, with warnings about how it was decoded, or why it could not be. */
export type DecodeResult = { ok: true; text: string; diagnostics: Diagnostic[] } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode document bytes: UTF-8 (a leading BOM dropped), UTF-16 with a BOM, or, for
 * legacy Western files that are not UTF-8, Windows-1252 with a warning.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      // TextDecoder drops the BOM itself.
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes), diagnostics: [] };
    } catch {
      return { ok: false, diagnostic: diagnose('INPUT_ENCODING', `starts with a ${utf16.toUpperCase()} byte order mark but is not valid ${utf16.toUpperCase()}`) };
    }
  }
  try {
    return { ok: true, text: utf8.decode(bytes), diagnostics: [] };
  } catch {
    // Not UTF-8: older Western news archives are often Windows-1252 (curly quotes, accented names).
  }
  const text = decodeWindows1252(bytes);
  if (plausibleWindows1252(text)) {
    return {
      ok: true,
      text,
      diagnostics: [diagnose('INPUT_ENCODING', 'not valid UTF-8; decoded as Windows-1252', 'warning')],
    };
  }
  return { ok: false, diagnostic: diagnose('INPUT_ENCODING', 'not valid UTF-8, and not plausible as UTF-16 or Windows-1252') };
}

/** The UTF-16 variant named by a leading byte order mark, if any. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Windows-1252 text is plausible when it has no control characters (bytes
 * undefined in 1252 decode to C1 controls) and is mostly ASCII, as Western prose is.
 */
function plausibleWindows1252(text: string): boolean {
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) return false;
    if (c >= 0x7f && c <= 0x9f) return false;
    if (c > 0x7f) nonAscii++;
  }
  return nonAscii <= text.length * 0.3;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F; Node 20's TextDecoder
 * treats the label as Latin-1, so those bytes are mapped here. Bytes undefined
 * in 1252 become C1 controls, as the WHATWG decoder makes them.
 */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, 8192));
  for (let offset = 0; offset < bytes.length; offset += codes.length) {
    const end = Math.min(bytes.length, offset + codes.length);
    for (let i = offset; i < end; i++) {
      const byte = bytes[i] ?? 0;
      codes[i - offset] = byte >= 0x80 && byte < 0xa0 ? (windows1252High[byte - 0x80] ?? byte) : byte;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - offset)));
  }
  return parts.join('');
}
