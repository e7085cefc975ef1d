// Escaping for HTML and SVG text and attributes: report text is hostile input.

/** Escapes &, <, >, " and ' so text is inert in element content and quoted attributes. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
