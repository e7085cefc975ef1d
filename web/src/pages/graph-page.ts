// The graph of groups at a date, with a slider over the years.
import cytoscape from 'cytoscape';
import type { GraphView } from '../../../src/server/api-types.js';
import { getJson } from '../api.js';
import { el } from '../dom.js';

const day = 24 * 3600 * 1000;
const start = Date.UTC(2000, 0, 1);
const colors: Record<string, string> = { rival_of: '#c0392b', opposes: '#c0392b', allied_with: '#27ae60', affiliated_with: '#2c7fb8', splinter_of: '#8e44ad', founded_by_members_of: '#8e44ad', merged_into: '#555' };

/** Renders the graph page at `date` (default today). */
export async function graphPage(root: HTMLElement, date: string | null): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const initial = date ?? today;
  const slider = el('input', { type: 'range', min: '0', max: String(Math.floor((Date.parse(today) - start) / day)), step: '1', 'aria-label': 'Date' });
  slider.value = String(Math.floor((Date.parse(initial) - start) / day));
  const label = el('strong', { 'data-testid': 'graph-date' }, initial);
  const box = el('div', { class: 'graph-box', 'data-testid': 'graph' });
  const legend = el('p', { class: 'meta' }, 'Edges: red rival/opposes, green allied, blue affiliated, purple origin (splinter of, founded by members of).');
  const count = el('p', { class: 'meta', 'data-testid': 'graph-count' });
  root.replaceChildren(el('h1', {}, 'Groups at a date'), el('div', { class: 'slider' }, slider, ' ', label), legend, count, box);
  const cy = cytoscape({
    container: box,
    maxZoom: 1.6,
    minZoom: 0.2,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': '#34495e', color: '#222', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4 } },
      { selector: 'edge', style: { width: 2, 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#555' } },
    ],
  });
  cy.on('tap', 'node', (event) => {
    location.hash = `#/group/${String(event.target.id())}`;
  });
  const load = async (value: string): Promise<void> => {
    label.textContent = value;
    const graph = await getJson<GraphView>(`/api/graph?date=${value}`);
    const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    cy.elements().remove();
    cy.add([
      ...graph.nodes.filter((n) => linked.has(n.id) || n.kind === 'armed_group').map((n) => ({ data: { id: String(n.id), label: n.name } })),
      ...graph.edges.map((e) => ({ data: { id: `e${e.id}`, source: String(e.source), target: String(e.target), label: e.predicate.replace(/_/g, ' '), color: colors[e.predicate] ?? '#888' } })),
    ]);
    count.textContent = `${graph.edges.length} relations hold on ${value}.`;
    cy.layout({ name: 'cose', animate: false, padding: 40 }).run();
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  slider.addEventListener('input', () => {
    const value = new Date(start + Number(slider.value) * day).toISOString().slice(0, 10);
    label.textContent = value;
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, '', `#/graph?date=${value}`);
      void load(value);
    }, 150);
  });
  await load(initial);
}
