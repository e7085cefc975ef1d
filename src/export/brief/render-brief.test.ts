import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Brief } from './brief-types.js';
import { briefFacts } from './format-brief-text.js';
import { briefContentSecurityPolicy, briefCss, renderBriefHtml } from './render-brief-html.js';
import { renderBriefMarkdown } from './render-brief-markdown.js';
import { renderSvgBarChart, renderSvgRangeChart } from './render-svg-chart.js';
import { renderSvgMap } from './render-svg-map.js';
import { createHash } from 'node:crypto';

const hostile = '<script>alert("x")</script>';

/** A brief whose every store string is hostile markup, to prove the renderers escape it. */
function hostileBrief(): Brief {
  return {
    kind: 'group',
    title: `Group ${hostile}`,
    subtitle: 'armed group, entity 7',
    figures: [{ label: 'Deaths in them', value: '42' }],
    sections: [
      { title: 'Names', facts: [{ label: 'alias', value: `<img src=x onerror=alert(1)> | *bold* [link](javascript:alert(1))`, when: null, accordingTo: [], modalities: [], sources: [1], origins: ['dictionary:ucdp'] }] },
      { title: 'Affiliations, alliances and rivalries', facts: [{ label: 'rival of', value: `Rival "quoted" & 'single'`, when: '2015-01-26 – 2021-12-31', accordingTo: [`UN ${hostile}`], modalities: ['alleged'], sources: [1, 2], origins: [] }] },
    ],
    strength: [{ asOf: '2021-08-27', min: 500, max: 3000, unit: 'fighters', text: '500–3000 fighters', accordingTo: ['UN Security Council'], modality: 'estimated', sources: [1] }],
    areas: [{ name: `Kunar | ${hostile}`, relation: 'controls', level: 'admin1', country: 'AF', admin1: 'AF.34', lat: 34.87, lon: 71.15, when: 'as of 2021-08-27', accordingTo: [], sources: [1] }],
    timeline: { granularity: 'month', periods: [{ period: '2021-07', incidents: 0, deaths: 0 }, { period: '2021-08', incidents: 2, deaths: 15 }], undatedIncidents: 1, undatedDeaths: 4 },
    deadliest: [{ id: 1, date: '2021-08-26', type: 'bombing_explosion', suicide: true, place: `Kabul airport ${hostile}`, level: 'facility', country: 'AF', killed: 13, wounded: null, perpetrators: [`Group ${hostile} (claimed)`], sources: [2] }],
    groups: [],
    scores: [],
    map: { marks: [{ label: `Kunar ${hostile}`, lon: 71.15, lat: 34.87, level: 'admin1', shape: 'area', radiusKm: 80, role: 'area', killed: null }, { label: 'Kabul airport', lon: 69.21, lat: 34.57, level: 'facility', shape: 'point', radiusKm: 1, role: 'incident', killed: 13 }], countries: [] },
    sources: [
      { number: 1, documentId: 3, title: `Report ${hostile}`, sourceId: null, published: '2021-08-27', url: 'https://example.org/a?b=1&c=2' },
      { number: 2, documentId: 4, title: null, sourceId: 'wire-2', published: null, url: 'javascript:alert(1)' },
    ],
    notes: ['Counts are of what was ingested.'],
  };
}

/** The text a reader sees in the HTML: tags dropped, entities decoded, whitespace collapsed. */
function htmlText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

/** The text a reader sees in the Markdown: backslash escapes dropped, whitespace collapsed. */
function markdownText(md: string): string {
  return md.replace(/\\([\\`*_{}[\]<>|#!~&])/g, '$1').replace(/\s+/g, ' ');
}

function withoutTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
}

describe('HTML brief', () => {
  const html = renderBriefHtml(hostileBrief());

  it('escapes every store string: no script, no injected element or handler, no javascript: link', () => {
    expect(html).not.toMatch(/<script|<img|<[^>]*\sonerror=|href="javascript/i);
    expect(html).toContain('Group &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The unsafe URL is shown as text, the safe one linked with its ampersand escaped.
    expect(html).toContain('javascript:alert(1)</li>');
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2"');
    // Nothing but text between tags carries markup characters.
    expect(withoutTags(html)).not.toMatch(/[<>]/);
  });

  it('is self-contained: one stylesheet, allowed by hash in its own CSP; no external resource', () => {
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!example\.org)/);
    const hash = createHash('sha256').update(briefCss).digest('base64');
    expect(briefContentSecurityPolicy).toContain(`style-src 'sha256-${hash}'`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-${hash}&#39;`);
  });

  it('cites sources by number and anchors them', () => {
    expect(html).toContain('[<a href="#source-1">1</a>, <a href="#source-2">2</a>]');
    expect(html).toContain('<li id="source-2" value="2"><strong>wire-2</strong>');
  });
});

describe('Markdown brief', () => {
  const md = renderBriefMarkdown(hostileBrief());

  it('backslash-escapes markup in store strings, keeps tables intact and links only http(s)', () => {
    expect(md).toContain('Group \\<script\\>alert("x")\\</script\\>');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\| \\*bold\\* \\[link\\](javascript:alert(1))');
    expect(md).toContain('<https://example.org/a?b=1&c=2>');
    expect(md).not.toContain('<javascript:');
    // Every row of a table has its header's number of cells: an escaped pipe in a name does not split one.
    const cells = (line: string): number => line.match(/(?<!\\)\|/g)?.length ?? 0;
    const lines = md.split('\n');
    let header = 0;
    let rows = 0;
    lines.forEach((line, i) => {
      if (!line.startsWith('| ')) return;
      if (!(lines[i - 1] ?? '').startsWith('| ')) header = cells(line);
      expect(cells(line)).toBe(header);
      rows += 1;
    });
    expect(rows).toBeGreaterThan(6);
  });
});

describe('both renderings carry the same facts', () => {
  it('every fact string of the brief appears in the Markdown and in the HTML', () => {
    const brief = hostileBrief();
    const facts = briefFacts(brief);
    expect(facts).toEqual(expect.arrayContaining(['500–3000 fighters', '2021-08', '15', 'Kabul airport <script>alert("x")</script>', '[1, 2]', 'according to UN <script>alert("x")</script>', 'alleged', 'from dictionary:ucdp']));
    const md = markdownText(renderBriefMarkdown(brief));
    const html = htmlText(renderBriefHtml(brief));
    expect(facts.filter((f) => !md.includes(f))).toEqual([]);
    expect(facts.filter((f) => !html.includes(f))).toEqual([]);
  });
});

describe('SVG charts and map', () => {
  it('bar charts are well-formed XML with escaped labels, one bar per period', () => {
    const svg = renderSvgBarChart(`Deaths ${hostile}`, [{ label: '2021-07', value: 0 }, { label: `2021-08 ${hostile}`, value: 15 }, { label: '2021-09', value: 3 }], { unit: 'deaths' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script');
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
    expect(svg).toContain('<title>2021-09: 3 deaths</title>');
    expect(XMLValidator.validate(renderSvgBarChart('Empty', []))).toBe(true);
  });

  it('range charts draw estimates low to high, a single value as a dot', () => {
    const svg = renderSvgRangeChart('Strength', [{ label: '2019', min: 2000, max: 4000, note: 'UN' }, { label: '2021', min: 500, max: 500, note: `US ${hostile}` }]);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<title>2019: 2000–4000 (UN)</title>');
    expect(svg.match(/<circle /g)).toHaveLength(1);
  });

  it('the map is well-formed, draws provinces as circles with a legend and countries by their shape', () => {
    const brief = hostileBrief();
    const svg = renderSvgMap({ ...brief.map, countries: [{ code: 'AF', name: 'Afghanistan', lat: 34.5, lon: 69.2 }] });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('data-level="admin1"');
    expect(svg).toContain('area: province (admin1), a circle (no shapes ship)');
    expect(svg).toContain('<path d="M');
    expect(svg).toMatch(/data-role="country"><title>Afghanistan \(AF\)<\/title>/);
    expect(svg).toContain('Kunar &lt;script&gt;');
    // Deterministic: the same input draws the same bytes.
    expect(renderSvgMap(brief.map)).toBe(renderSvgMap(brief.map));
  });

  it('an empty map is the world', () => {
    const svg = renderSvgMap({ marks: [], countries: [] });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('class="legend"');
  });
});
