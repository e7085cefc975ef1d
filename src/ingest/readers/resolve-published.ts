import type { Diagnostic } from '../../model/index.js';
import { parseDateline } from '../../pipeline/dateline.js';
import { normalizeDate } from './normalize-date.js';
import { diagnose } from './read-item.js';

/**
 * The report date of a document: its own date field or metadata first, then
 * the date of its dateline, then the `--date` default; undefined when none is
 * known. An unreadable date field is a warning, not a failure.
 */
export function resolvePublished(
  explicit: unknown,
  text: string,
  defaultDate: string | undefined,
  diagnostics: Diagnostic[],
  line?: number,
): string | undefined {
  if (typeof explicit === 'string' && explicit.trim() !== '') {
    const date = normalizeDate(explicit);
    if (date) return date;
    diagnostics.push(diagnose('INPUT_DATE', `unreadable date ${JSON.stringify(explicit.slice(0, 40))}; ignored`, 'warning', line));
  } else if (explicit !== undefined && explicit !== null && explicit !== '') {
    diagnostics.push(diagnose('INPUT_DATE', 'date field is not a string; ignored', 'warning', line));
  }
  return datelineDate(text) ?? defaultDate;
}

/** The date a report's dateline states, if it opens with one. */
function datelineDate(text: string): string | undefined {
  return parseDateline(text)?.date;
}
