// Writes docs/cli.md from the CLI's command table, so the docs and `sitrep help` never drift apart.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commands } from '../src/cli/commands/index.js';
import { formatMarkdown } from '../src/cli/format-help.js';

const target = fileURLToPath(new URL('../docs/cli.md', import.meta.url));
writeFileSync(target, formatMarkdown(commands));
console.log(`wrote ${target}`);
