// RFC 4122 name-based UUIDs (version 5, SHA-1), so the same key always gives the same id.
import { createHash } from 'node:crypto';

/** sitrep's namespace for STIX identifiers (a fixed random UUID). */
export const sitrepNamespace = '6f1d3b0a-4c52-4d8e-9a57-3f0c2b9e7d41';

/** The version-5 UUID of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = sitrepNamespace): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
