import type { ActorDictionary } from './actorDictionary';
import { extractDocument, type ExtractionResources } from './extractEvents';
import { inferPublication } from './inferPublication';
import { parseDocument } from './parseDocument';
import type { ExtractedActor, ExtractionResult, Mention, SourceDocument } from './types';

export interface InputFile {
  name: string;
  text: string;
}

function withPublication(doc: SourceDocument): SourceDocument {
  if (doc.published) return doc;
  const inferred = inferPublication(doc.body);
  return inferred ? { ...doc, published: inferred, publishedPrecision: 'day', publishedInferred: true } : doc;
}

function uniqueIds(docs: SourceDocument[]): SourceDocument[] {
  const used = new Map<string, number>();
  return docs.map((d) => {
    const n = used.get(d.id) ?? 0;
    used.set(d.id, n + 1);
    return n === 0 ? d : { ...d, id: `${d.id}-${n + 1}` };
  });
}

function actorsFrom(dict: ActorDictionary, mentions: { mention: Mention; doc: SourceDocument }[]): ExtractedActor[] {
  const surfaces = new Map<string, Set<string>>();
  const lastDate = new Map<string, string | null>();
  for (const { mention, doc } of mentions) {
    const set = surfaces.get(mention.actorId) ?? new Set<string>();
    if (mention.form !== 'pronoun') set.add(mention.surface);
    surfaces.set(mention.actorId, set);
    lastDate.set(mention.actorId, doc.published);
  }
  const actors: ExtractedActor[] = [];
  for (const [id, seen] of surfaces) {
    const entry = dict.get(id);
    if (!entry) continue;
    const aliases = [...new Set([...entry.aliases, ...seen])].filter((a) => a !== entry.label);
    const actor: ExtractedActor = { id, label: entry.label, kind: entry.kind, aliases };
    const affiliation = dict.affiliationOn(id, lastDate.get(id) ?? null);
    if (affiliation && affiliation !== id) actor.affiliation = affiliation;
    actors.push(actor);
  }
  return actors.sort((a, b) => a.id.localeCompare(b.id));
}

/** Parses, dates and extracts a set of documents; one actor per dictionary id across them. */
export function extractCorpus(files: InputFile[], res: ExtractionResources): ExtractionResult {
  const documents = uniqueIds(files.map((f) => withPublication(parseDocument(f.name, f.text))));
  const allMentions: { mention: Mention; doc: SourceDocument }[] = [];
  const events = documents.flatMap((doc) => {
    const { events: docEvents, mentions } = extractDocument(doc, res);
    for (const mention of mentions) allMentions.push({ mention, doc });
    return docEvents;
  });
  const actors = actorsFrom(res.dictionary, allMentions);
  const known = new Set(actors.map((a) => a.id));
  // Affiliated states appear as nodes even when only their members are named.
  for (const a of [...actors]) {
    if (a.affiliation && !known.has(a.affiliation)) {
      const entry = res.dictionary.get(a.affiliation);
      if (entry) {
        actors.push({ id: entry.id, label: entry.label, kind: entry.kind, aliases: entry.aliases.filter((x) => x !== entry.label) });
        known.add(entry.id);
      }
    }
  }
  return { documents, actors, events };
}
