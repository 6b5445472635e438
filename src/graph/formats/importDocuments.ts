// The documents of an imported graph: those the file carries (Dramatis exports), and documents
// standing for the file itself, whose bodies hold the evidence sentences the file gives.
import { PUBLISHED_PRECISIONS, type DocumentMeta, type Evidence } from '../../domain/contract';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A document of a Dramatis export, checked field by field; null when it is not one. */
export function readDocument(value: unknown): DocumentMeta | null {
  if (!isRecord(value)) return null;
  const { id, title, published, publishedPrecision, publishedInferred, source, url, body, importedFrom } = value;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof body !== 'string') return null;
  if (published !== null && (typeof published !== 'string' || !/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/.test(published))) return null;
  if (!PUBLISHED_PRECISIONS.includes(publishedPrecision as never) || typeof publishedInferred !== 'boolean') return null;
  if (source !== null && typeof source !== 'string') return null;
  const doc: DocumentMeta = {
    id,
    title,
    published,
    publishedPrecision: publishedPrecision as DocumentMeta['publishedPrecision'],
    publishedInferred,
    source,
    body,
  };
  if (typeof url === 'string') doc.url = url;
  if (typeof importedFrom === 'string') doc.importedFrom = importedFrom;
  return doc;
}

interface FileDocument {
  meta: DocumentMeta;
  parts: string[];
  length: number;
  offsets: Map<string, number>;
}

const PARAGRAPH = '\n\n';

/** Builds the documents of one import and places evidence sentences in the file's documents. */
export class ImportDocuments {
  private readonly carried = new Map<string, DocumentMeta>();
  private readonly fileDocs = new Map<string, FileDocument>();
  private readonly fileDocsById = new Map<string, FileDocument>();
  /** Documents in the order they were met: carried ones by id, file ones by their FileDocument. */
  private readonly order: Array<{ carried: string } | { file: FileDocument }> = [];

  constructor(
    private readonly fileName: string,
    private readonly title: string,
    private readonly importDay: string,
  ) {}

  carry(doc: DocumentMeta): boolean {
    if (this.carried.has(doc.id)) return false;
    this.carried.set(doc.id, doc);
    this.order.push({ carried: doc.id });
    return true;
  }

  carriedDocument(id: string): DocumentMeta | undefined {
    return this.carried.get(id);
  }

  /** The document standing for the file (or for one document named in it, e.g. a CSV column). */
  fileDocument(hint?: { id?: string; title?: string }): string {
    const wanted = hint?.id ?? (hint?.title !== undefined ? `import:${this.fileName}:${hint.title}` : `import:${this.fileName}`);
    const existing = this.fileDocs.get(wanted);
    if (existing) return existing.meta.id;
    let id = wanted;
    for (let n = 2; this.carried.has(id) || this.fileDocsById.has(id); n++) id = `${wanted}~${n}`;
    const meta: DocumentMeta = {
      id,
      title: hint?.title ?? this.title,
      published: this.importDay,
      publishedPrecision: 'day',
      publishedInferred: false,
      source: null,
      body: '',
      importedFrom: this.fileName,
    };
    const doc: FileDocument = { meta, parts: [], length: 0, offsets: new Map() };
    this.fileDocs.set(wanted, doc);
    this.fileDocsById.set(id, doc);
    this.order.push({ file: doc });
    return id;
  }

  /** The evidence of `text` in the file document `docId`; the same sentence is placed once. */
  place(docId: string, text: string): Evidence {
    const doc = this.fileDocsById.get(docId);
    if (!doc) throw new Error(`no file document ${docId}`);
    if (text === '') return { text: '', start: 0, end: 0 };
    let start = doc.offsets.get(text);
    if (start === undefined) {
      if (doc.parts.length) doc.length += PARAGRAPH.length;
      start = doc.length;
      doc.parts.push(text);
      doc.length += text.length;
      doc.offsets.set(text, start);
    }
    return { text, start, end: start + text.length };
  }

  documents(): DocumentMeta[] {
    return this.order.map((entry) => ('carried' in entry ? this.carried.get(entry.carried)! : { ...entry.file.meta, body: entry.file.parts.join(PARAGRAPH) }));
  }
}
