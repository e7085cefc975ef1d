const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as YYYY-MM-DD from the forms feeds and metadata use: ISO 8601 (the
 * calendar date as written, not shifted to UTC), RFC 822 (`Fri, 27 Aug 2021
 * 10:00:00 +0430`), or anything Date.parse reads. Undefined when unreadable.
 */
export function normalizeDate(value: string): string | undefined {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(trimmed);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(trimmed);
  if (compact) return validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const rfc822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})\b/.exec(trimmed);
  if (rfc822) {
    const month = months.indexOf((rfc822[2] ?? '').toLowerCase());
    if (month >= 0) return validDate(Number(rfc822[3]), month + 1, Number(rfc822[1]));
  }
  const parsed = Date.parse(trimmed);
  if (!Number.isFinite(parsed)) return undefined;
  return new Date(parsed).toISOString().slice(0, 10);
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
