// An RFC 4180 CSV writer with a guard against formula injection in spreadsheets.

/** A CSV cell: null and undefined are empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** One cell as CSV: a leading = + - @ (or tab/CR) gets a ' so spreadsheets show text, not run a formula; quoted when needed. */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  // Numbers are data, never formulas: -3.5 stays a number.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  let text = String(cell);
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: comma-separated, CRLF line ends, header first. */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(formatCsvCell).join(',')).join('\r\n') + '\r\n';
}
