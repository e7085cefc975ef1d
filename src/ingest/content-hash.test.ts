import { describe, expect, it } from 'vitest';
import { contentHash } from './content-hash.js';

describe('contentHash', () => {
  it('is the same for the same report however its whitespace and line endings were written', () => {
    const a = contentHash({ text: 'Two  officers were\r\nwounded.\r\n\r\n\r\nOfficials said. ' });
    const b = contentHash({ text: '\uFEFFTwo officers were\nwounded.\n\nOfficials said.' });
    expect(a).toBe(b);
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('unifies Unicode composition and differs when the words differ', () => {
    expect(contentHash({ text: 'Herat, Afghanistan — caf\u00e9' })).toBe(contentHash({ text: 'Herat, Afghanistan — cafe\u0301' }));
    expect(contentHash({ text: 'Three killed.' })).not.toBe(contentHash({ text: 'Four killed.' }));
  });
});
