#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (npm run build).
import { runCli } from '../dist/cli/main.js';

const code = await runCli(process.argv.slice(2));
process.exitCode = code;
