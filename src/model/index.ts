export * from './vocabulary.js';
export * from './extraction.js';
export * from './sitrep-error.js';
