// A skeleton keeps what survives transliteration from Arabic script: consonants in order.
// Vowels, w/y (written as vowels or consonants), ezafe connectors, spaces and doubled
// letters are dropped, so "Sar-e Pol", "Sari Pul" and "Sar-i-Pul" meet, as do "Kabol"/"Kabul".
// One pass over the characters: the pipeline calls this for every window it extends.

const dropped = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'w']);
const connectors = new Set(['e', 'i', 'ye']);

/** The consonant skeleton of a folded name, used for approximate place matching. */
export function transliterationSkeleton(folded: string): string {
  const tokens = folded.split(' ');
  let out = '';
  let last = '';
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] ?? '';
    if (t > 0 && t < tokens.length - 1 && connectors.has(token)) continue;
    for (let i = 0; i < token.length; i++) {
      let ch = token.charAt(i);
      const next = token.charAt(i + 1);
      // Digraphs and letters that transliterations swap: ph/f, dh/d, th/t, q/k, c/k.
      if ((ch === 'p' && next === 'h') || (ch === 'd' && next === 'h') || (ch === 't' && next === 'h')) {
        ch = ch === 'p' ? 'f' : ch;
        i++;
      } else if (ch === 'c' && next === 'k') {
        ch = 'k';
        i++;
      } else if (ch === 'q' || ch === 'c') ch = 'k';
      if (out !== '' && dropped.has(ch)) continue;
      if (ch === last) continue;
      out += ch;
      last = ch;
    }
  }
  return out;
}
