/**
 * Fixed numbers for vague quantifiers, as ACLED codes them (DESIGN.md, "Casualties as ACLED
 * codes them"): several/a few = 3, dozens = 12, tens = 10, hundreds = 100. The rest follow the
 * same logic: the smallest plausible reading of the word. `null` marks words that are vague
 * with no fixed number ("many"): the mention is kept, the figure is left unknown.
 */
export const vagueQuantifiers: Readonly<Record<string, number | null>> = {
  // Singular heads: may multiply a following scale word ("several thousand" = 3 × 1000).
  several: 3,
  'a few': 3,
  'a handful': 3,
  'a couple': 2,
  // Plural heads: usually "X of …"; may multiply "of thousands" ("tens of thousands" = 10 × 1000).
  dozens: 12,
  tens: 10,
  // "scores of" = 20: one score, the lowest reading of the plural.
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  millions: 1_000_000,
  // Vague with no fixed figure.
  many: null,
  numerous: null,
};
