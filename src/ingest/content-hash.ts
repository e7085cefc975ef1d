import { createHash } from 'node:crypto';
import type { SourceDocument } from '../model/index.js';

/**
 * The SHA-256 (`sha256:<hex>`) of a document's text normalised so that the same
 * report read twice, from any format, hashes the same: Unicode NFC, a leading
 * BOM dropped, line endings unified, runs of spaces and blank lines collapsed,
 * and the ends trimmed. Metadata (id, title, date) does not count.
 */
export function contentHash(document: Pick<SourceDocument, 'text'>): string {
  const normalised = document.text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `sha256:${createHash('sha256').update(normalised, 'utf8').digest('hex')}`;
}
