import { slugify } from './slugify';

/** A file to read, as given by the user. */
export interface InputFile {
  name: string;
  text: string;
}

/** A file and the document id it gets in its corpus; the unit of work a worker is given. */
export interface DocumentTask extends InputFile {
  id: string;
}

/** A document's id from its file name alone. */
export function documentIdFromName(fileName: string): string {
  return slugify(fileName.replace(/\.[^.]+$/, '')).slice(0, 80) || 'document';
}

/**
 * Files in corpus order with their document ids; a name seen before gets "-2", "-3"... Ids depend
 * only on the names, so they can be fixed before any document is read.
 */
export function planDocuments(files: InputFile[]): DocumentTask[] {
  const used = new Map<string, number>();
  return files.map((f) => {
    const id = documentIdFromName(f.name);
    const n = used.get(id) ?? 0;
    used.set(id, n + 1);
    return { name: f.name, text: f.text, id: n === 0 ? id : `${id}-${n + 1}` };
  });
}
