// Briefs: build the data from the store, then render it as Markdown or HTML.
export type * from './brief-types.js';
export { buildBrief, briefKinds, findGroup, findCountry } from './build-brief.js';
export { briefFacts, cleanText } from './format-brief-text.js';
export { renderBriefMarkdown, escapeMarkdown } from './render-brief-markdown.js';
export { renderBriefHtml, briefCss, briefContentSecurityPolicy } from './render-brief-html.js';
export { renderSvgBarChart, renderSvgRangeChart, type ChartBar, type ChartRange } from './render-svg-chart.js';
export { renderSvgMap } from './render-svg-map.js';
export { escapeMarkup } from './escape-markup.js';
export { renderBrief, briefFormats, type BriefFormat } from './render-brief.js';
