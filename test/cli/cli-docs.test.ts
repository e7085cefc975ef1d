import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { formatMarkdown } from '../../src/cli/format-help.js';

describe('docs/cli.md', () => {
  it('is what `npm run docs` generates from the command table (run it after changing an option)', () => {
    const written = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    expect(written).toBe(formatMarkdown(commands));
  });

  it('documents every command and every option', () => {
    const written = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    for (const command of commands) {
      expect(written).toContain(`## sitrep ${command.name}`);
      for (const option of command.options) expect(written).toContain(`--${option.name}`);
    }
  });
});
