// Numbers the documents a brief cites, in order of first citation (like footnotes).
import type { Store, StoredDocument } from '../../store/index.js';
import type { BriefSource } from './brief-types.js';

/** Hands out source numbers for document ids and lists the sources at the end. */
export class BriefSources {
  readonly #numbers = new Map<number, number>();

  /** The number of a document, assigned on its first citation. */
  cite(documentId: number): number {
    let number = this.#numbers.get(documentId);
    if (number === undefined) {
      number = this.#numbers.size + 1;
      this.#numbers.set(documentId, number);
    }
    return number;
  }

  /** Cites several documents; numbers sorted and unique. */
  citeAll(documentIds: Iterable<number | null>): number[] {
    const numbers = new Set<number>();
    for (const id of documentIds) if (id !== null) numbers.add(this.cite(id));
    return [...numbers].sort((a, b) => a - b);
  }

  /** The numbered list, read from the store. */
  async list(store: Store): Promise<BriefSource[]> {
    const sources: BriefSource[] = [];
    for (const [documentId, number] of this.#numbers) {
      const document: StoredDocument | undefined = await store.documents.get(documentId).catch(() => undefined);
      sources.push({ number, documentId, title: document?.title ?? null, sourceId: document?.sourceId ?? null, published: document?.published ?? null, url: document?.url ?? null });
    }
    return sources.sort((a, b) => a.number - b.number);
  }
}
