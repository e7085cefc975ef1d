// One entry point to write a brief in a format.
import type { Brief } from './brief-types.js';
import { renderBriefHtml } from './render-brief-html.js';
import { renderBriefMarkdown } from './render-brief-markdown.js';

/** The formats a brief is written in. */
export const briefFormats = ['md', 'html'] as const;
/** One brief format. */
export type BriefFormat = (typeof briefFormats)[number];

/** Writes a brief as Markdown or HTML. */
export function renderBrief(brief: Brief, format: BriefFormat): string {
  return format === 'html' ? renderBriefHtml(brief) : renderBriefMarkdown(brief);
}
