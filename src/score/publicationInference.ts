// How well a publication date is inferred from the text alone: each article's own date is hidden
// and inferred again from its body, then compared with the date the front matter gives.
import { inferPublication } from '../extract/inferPublication';
import { parseDocument } from '../extract/parseDocument';
import type { InputFile } from '../extract/documentIds';
import { dateInterval } from './eventDates';

export interface PublicationFigures {
  /** Documents with a known publication date. */
  documents: number;
  /** Of those, how many got a date inferred once it was hidden. */
  inferred: number;
  /** Inferred dates whose span holds the true day. */
  correct: number;
  wrong: { doc: string; inferred: string; published: string }[];
}

export function scorePublicationInference(files: InputFile[]): PublicationFigures {
  const figures: PublicationFigures = { documents: 0, inferred: 0, correct: 0, wrong: [] };
  for (const f of files) {
    const doc = parseDocument(f.name, f.text);
    if (!doc.published || doc.publishedPrecision === 'year' || doc.publishedPrecision === 'month') continue;
    figures.documents++;
    const inferred = inferPublication(doc.body);
    if (!inferred) continue;
    figures.inferred++;
    const day = doc.published.slice(0, 10);
    const [from, to] = dateInterval({ date: inferred });
    if (from <= day && day <= to) figures.correct++;
    else figures.wrong.push({ doc: doc.id, inferred, published: day });
  }
  return figures;
}
