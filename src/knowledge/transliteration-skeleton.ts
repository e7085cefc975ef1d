// A skeleton keeps what survives transliteration from Arabic script: consonants in order.
// Vowels, w/y (written as vowels or consonants), ezafe connectors, spaces and doubled
// letters are dropped, so "Sar-e Pol", "Sari Pul" and "Sar-i-Pul" meet, as do "Kabol"/"Kabul".
const consonantFolds: [RegExp, string][] = [
  [/q/g, 'k'],
  [/ph/g, 'f'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/c/g, 'k'],
];

/** The consonant skeleton of a folded name, used for approximate place matching. */
export function transliterationSkeleton(folded: string): string {
  let s = folded
    .split(' ')
    .filter((t, i, all) => !(i > 0 && i < all.length - 1 && (t === 'e' || t === 'i' || t === 'ye')))
    .join('');
  for (const [from, to] of consonantFolds) s = s.replace(from, to);
  const first = s.charAt(0);
  const rest = s.slice(1).replace(/[aeiouyw]/g, '');
  return (first + rest).replace(/(.)\1+/g, '$1');
}
