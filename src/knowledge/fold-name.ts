// Folding makes lookup keys: the build script and the pipeline must fold alike,
// so this is the one definition of what counts as "the same spelling".

const combiningMarks = /[\u0300-\u036f]/g;
// Apostrophes, primes, okina and ayn marks: dropped, so "Qa'ida" and "Qaida" meet.
const apostrophes = /['’‘`´ʼʻʿʾ′]/g;
// Hyphens and dashes of every width become word breaks.
const dashes = /[-‐‑‒–—―−_/]/g;
// Letters that NFD does not decompose.
const specialLetters: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};
const specialLetterPattern = /[ßæœøđðþłıħ]/g;

// Folding is pure and reports repeat their words, so folded forms are kept (bounded: the caches start afresh when full).
const foldLimit = 100_000;
const foldedTokens = new Map<string, string>();
const foldedNames = new Map<string, string>();

function cached(cache: Map<string, string>, key: string, fold: (text: string) => string): string {
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size >= foldLimit) cache.clear();
  const value = fold(key);
  cache.set(key, value);
  return value;
}

/** Fold one token: lower case, no diacritics, no apostrophes, no dots. */
export function foldToken(token: string): string {
  // Plain ASCII without apostrophes or dots folds to its lower case: no look-up needed.
  let upper = false;
  for (let k = 0; k < token.length; k += 1) {
    const code = token.charCodeAt(k);
    if (code >= 128 || code === 39 || code === 46 || code === 96) return cached(foldedTokens, token, computeFoldToken);
    if (code >= 65 && code <= 90) upper = true;
  }
  return upper ? token.toLowerCase() : token;
}

/** Fold a name or phrase into its lookup key: folded tokens joined by one space. */
export function foldName(text: string): string {
  // ASCII letters and digits in words split by single spaces fold to their lower case.
  let upper = false;
  let plain = text.length > 0;
  for (let k = 0; k < text.length && plain; k += 1) {
    const code = text.charCodeAt(k);
    if (code === 32) plain = k > 0 && k < text.length - 1 && text.charCodeAt(k - 1) !== 32;
    else if (code >= 65 && code <= 90) upper = true;
    else plain = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  }
  if (plain) return upper ? text.toLowerCase() : text;
  return cached(foldedNames, text, computeFoldName);
}

function computeFoldToken(token: string): string {
  return token
    .normalize('NFD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(specialLetterPattern, (ch) => specialLetters[ch] ?? ch)
    .replace(apostrophes, '')
    .replace(/\./g, '');
}

function computeFoldName(text: string): string {
  const spaced = text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(specialLetterPattern, (ch) => specialLetters[ch] ?? ch)
    .replace(apostrophes, '')
    .replace(dashes, ' ')
    // Dots inside acronyms vanish ("u.s." → "us"); other dots and punctuation split words.
    .replace(/(?<=\p{L})\.(?=\p{L}\.|\p{L}\b)/gu, '')
    .replace(/(?<=\b\p{L})\.(?=\s|$)/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ');
  return spaced.trim().split(/\s+/u).filter(Boolean).join(' ');
}
