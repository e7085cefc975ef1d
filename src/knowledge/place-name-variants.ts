import type { LocationLevel } from '../model/index.js';

/** Words that name the kind of division rather than the place ("Maidan Wardak Province"). */
export const divisionWords: ReadonlySet<string> = new Set([
  'province', 'governorate', 'wilayat', 'wilayah', 'vilayat', 'velayat', 'district', 'municipality', 'region',
  'state', 'oblast', 'prefecture', 'county', 'department', 'division', 'muhafazat', 'muhafazah', 'ostan',
  'territory', 'shahrestan', 'woleswali', 'city', 'emirate', 'raion', 'rayon', 'okrug', 'krai', 'kray',
]);
// Leading division words: "Wilayat Khorasan", "Muhafazat Ninawa", "Velayat-e Balkh".
const leadingDivisionWords = new Set(['wilayat', 'wilayah', 'velayat', 'vilayat', 'muhafazat', 'muhafazah', 'ostan', 'province']);
// Persian/Pashto ezafe connectors: "Sar-e Pol" = "Sar-i-Pul" = "Sari Pul".
const connectors = new Set(['e', 'i', 'ye', 'yi']);
// Arabic article forms, written apart after folding ("Al Mawsil", "Ar Ramadi").
const articles = new Set(['al', 'el', 'ar', 'as', 'ash', 'ad', 'adh', 'an', 'at', 'az', 'ath']);

/** Spelling variants of one folded place name (the name itself first), for lookup keys. */
export function placeNameVariants(folded: string, level: LocationLevel): string[] {
  const out = new Set<string>([folded]);
  let tokens = folded.split(' ').filter(Boolean);
  if (tokens.length === 0) return [];
  if (level !== 'city' || tokens.length > 1) {
    const last = tokens[tokens.length - 1] ?? '';
    if (tokens.length > 1 && divisionWords.has(last)) {
      tokens = tokens.slice(0, -1);
      out.add(tokens.join(' '));
    }
    const first = tokens[0] ?? '';
    if (tokens.length > 1 && leadingDivisionWords.has(first)) {
      tokens = tokens.slice(1);
      if (connectors.has(tokens[0] ?? '') && tokens.length > 1) tokens = tokens.slice(1);
      out.add(tokens.join(' '));
    }
  }
  for (const base of [...out]) {
    for (const v of connectorVariants(base)) out.add(v);
  }
  for (const base of [...out]) {
    const t = base.split(' ');
    if (t.length > 1 && articles.has(t[0] ?? '') && t.slice(1).join(' ').length >= 5) out.add(t.slice(1).join(' '));
  }
  return [...out];
}

function connectorVariants(base: string): string[] {
  const t = base.split(' ');
  const at = t.findIndex((w, i) => i > 0 && i < t.length - 1 && connectors.has(w));
  const before = t.slice(0, at);
  const after = t.slice(at + 1);
  const prev = before[before.length - 1];
  if (at < 0 || !prev) return [];
  const head = before.slice(0, -1);
  const forms = [
    [...before, 'e', ...after],
    [...before, 'i', ...after],
    [...head, `${prev}e`, ...after],
    [...head, `${prev}i`, ...after],
    [...before, ...after],
  ];
  return forms.map((f) => f.join(' '));
}
