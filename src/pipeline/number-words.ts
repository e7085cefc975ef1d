/** English number words and their values. */
const units: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers that close a group ("two hundred", "a dozen"). */
const scales: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

// `in` and property reads on the records above see Object.prototype too ("constructor" is a key for them);
// these sets answer the same questions without a slow keyed look-up of a fresh string.
const inherited = new Set(Object.getOwnPropertyNames(Object.prototype));
const numberWords = new Set([...Object.keys(units), ...Object.keys(scales), ...inherited]);
const scaleWords = new Set([...Object.keys(scales), ...inherited]);

/** True when the lower-case word can be part of a spelled-out number. */
export function isNumberWord(word: string): boolean {
  return numberWords.has(word);
}

/** True when the lower-case word is a scale word (dozen, hundred, thousand, million, billion). */
export function isScaleWord(word: string): boolean {
  return scaleWords.has(word);
}

/** The value of a lower-case scale word, or undefined. */
export function scaleValue(word: string): number | undefined {
  return scaleWords.has(word) ? scales[word] : undefined;
}

/**
 * The value of a spelled-out number ("thirteen", "twenty-five", "two hundred and fifty",
 * "a dozen", "half a dozen", "1.5 million", "1,200"), or undefined when the words are not one.
 */
export function parseNumberWords(words: string): number | undefined {
  const tokens = words
    .toLowerCase()
    .replace(/[-–]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (tokens.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seenValue = false;
  // "a"/"an"/"half" only make sense before a scale word ("a dozen", "half a million").
  let pendingArticle = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const unit = units[token];
    const scale = scales[token];
    if (unit !== undefined) {
      if (pendingArticle) return undefined;
      // "twenty five" is fine; "five twenty" or "five five" is not a number.
      if (current % 100 !== 0 && !(current % 100 >= 20 && current % 10 === 0 && unit < 10)) return undefined;
      current += unit;
      seenValue = true;
    } else if (scale !== undefined) {
      if (!seenValue && !pendingArticle) return undefined;
      if (scale === 100) {
        current = (current === 0 ? 1 : current) * 100;
      } else if (scale === 12) {
        current = (current === 0 ? 1 : current) * 12;
      } else {
        total += (current === 0 ? 1 : current) * scale;
        current = 0;
      }
      pendingArticle = false;
      seenValue = true;
    } else if (/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(token)) {
      if (seenValue || pendingArticle) return undefined;
      current = Number(token.replace(/,/g, ''));
      seenValue = true;
    } else if ((token === 'a' || token === 'an') && !seenValue) {
      pendingArticle = true;
      current = current === 0 ? 1 : current;
    } else if (token === 'half' && !seenValue && i === 0) {
      current = 0.5;
      pendingArticle = true;
    } else if (token === 'and' && seenValue && i < tokens.length - 1) {
      continue;
    } else {
      return undefined;
    }
  }
  if (pendingArticle || !seenValue) return undefined;
  const value = total + current;
  return Number.isFinite(value) ? value : undefined;
}
