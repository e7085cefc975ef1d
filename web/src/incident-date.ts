// An incident's date as an analyst reads it, precision included: a day, a
// month, a year, a range, or a bound ("≤ 2021-08-27": on or before).
import type { IncidentSummary } from '../../src/server/api-types.js';

/** The date of an incident as short text ("undated" when nothing is known). */
export function incidentDateText(date: IncidentSummary['date']): string {
  const { value, earliest, latest } = date;
  if (value) return value;
  if (earliest && latest) return earliest === latest ? earliest : `${earliest} – ${latest}`;
  if (earliest) return `≥ ${earliest}`;
  if (latest) return `≤ ${latest}`;
  return 'undated';
}
