// The cross-document half of extraction: one actor per id across documents, ids remapped, warnings.
import type { ActorDictionary } from './actorDictionary';
import type { DiscoveredEntry } from './actors/discoverActors';
import { mergeDocumentAliases } from './actors/documentAliases';
import { isDocumentScoped, scopeToDocument } from './actors/documentScope';
import { MAX_SENTENCE_CHARS } from './documentSyntax';
import type { DocumentExtraction } from './extractEvents';
import { nameSkeleton } from './nameSkeleton';
import { undatedLeftOut } from './undatedWarning';
import type { ActorEntry, ExtractedActor, ExtractedEvent, ExtractionResult, Mention, SourceDocument } from './types';

/** Distinct explanations of references (pronouns, role nouns, "the two countries") kept per actor. */
const MAX_RESOLUTION_NOTES = 12;

/** What reading one document gives, before the documents meet. */
export interface DocumentOutcome extends DocumentExtraction {
  doc: SourceDocument;
}

/**
 * Discovered actors of all documents, merged by id and by spelling-insensitive name; returns the
 * merged entries and a map from every discovered id to the id it was merged into.
 */
function mergeDiscovered(lists: DiscoveredEntry[][]): { entries: Map<string, DiscoveredEntry>; canonical: Map<string, string> } {
  const entries = new Map<string, DiscoveredEntry>();
  const canonical = new Map<string, string>();
  const bySkeleton = new Map<string, string>();
  for (const list of lists) {
    for (const e of list) {
      // A group of one article (actors/documentScope.ts) meets no other article's group of its name.
      const key = isDocumentScoped(e) ? `scoped|${e.id}` : `${e.kind}|${nameSkeleton(e.label)}`;
      const target = entries.has(e.id) ? e.id : bySkeleton.get(key);
      if (!target) {
        entries.set(e.id, { ...e, aliases: [...e.aliases], notes: [...e.notes] });
        bySkeleton.set(key, e.id);
        canonical.set(e.id, e.id);
        continue;
      }
      const into = entries.get(target)!;
      for (const a of e.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
      // Another document's reasons (a merge it made) are kept, up to the notes an actor keeps.
      for (const n of e.notes) if (into.notes.length < MAX_RESOLUTION_NOTES && !into.notes.includes(n)) into.notes.push(n);
      if (target !== e.id) into.notes.push(`"${e.label}" merged with "${into.label}": same name after transliteration folding`);
      into.description ??= e.description;
      if (!into.affiliations.length) into.affiliations = e.affiliations;
      canonical.set(e.id, target);
    }
  }
  foldLoneSurnames(entries, canonical);
  foldAcronyms(entries, canonical);
  return { entries, canonical };
}

/**
 * A person known in some document only by one name ("Blinken") is the one person of the corpus
 * whose full name ends with it ("Antony Blinken"); two candidates ("Liu") leave it alone.
 */
function foldLoneSurnames(entries: Map<string, DiscoveredEntry>, canonical: Map<string, string>): void {
  const byLast = new Map<string, string[]>();
  for (const e of entries.values()) {
    const parts = nameSkeleton(e.label).split(' ');
    if (e.kind !== 'person' || parts.length < 2) continue;
    const list = byLast.get(parts[parts.length - 1]!) ?? [];
    list.push(e.id);
    byLast.set(parts[parts.length - 1]!, list);
  }
  for (const e of [...entries.values()]) {
    const sk = nameSkeleton(e.label);
    const full = byLast.get(sk);
    if (e.kind !== 'person' || sk.includes(' ') || full?.length !== 1) continue;
    const into = entries.get(full[0]!)!;
    for (const a of e.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
    into.notes.push(`"${e.label}" merged with "${into.label}": the one person of the corpus whose full name ends with it`);
    entries.delete(e.id);
    for (const [from, to] of canonical) if (to === e.id) canonical.set(from, into.id);
  }
}

/**
 * An actor known in some document only by an acronym ("FARC") is the one actor of its kind that
 * another document introduced with that acronym ("Revolutionary Armed Forces of Colombia, known as FARC").
 */
function foldAcronyms(entries: Map<string, DiscoveredEntry>, canonical: Map<string, string>): void {
  for (const e of [...entries.values()]) {
    if (!/^[A-Z]{2,6}$/.test(e.label)) continue;
    const full = [...entries.values()].filter((o) => o.id !== e.id && o.kind === e.kind && o.aliases.includes(e.label));
    if (full.length !== 1) continue;
    const into = full[0]!;
    for (const a of e.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
    into.notes.push(`"${e.label}" merged with "${into.label}": the one ${e.kind} of the corpus introduced with that acronym`);
    entries.delete(e.id);
    for (const [from, to] of canonical) if (to === e.id) canonical.set(from, into.id);
  }
}

function actorsFrom(
  dict: ActorDictionary,
  discovered: Map<string, DiscoveredEntry>,
  mentions: { mention: Mention; doc: SourceDocument }[],
): ExtractedActor[] {
  const surfaces = new Map<string, Set<string>>();
  const lastDate = new Map<string, string | null>();
  const resolved = new Map<string, Set<string>>();
  for (const { mention, doc } of mentions) {
    const set = surfaces.get(mention.actorId) ?? new Set<string>();
    if (mention.form !== 'pronoun' && mention.form !== 'role') set.add(mention.surface);
    surfaces.set(mention.actorId, set);
    lastDate.set(mention.actorId, doc.published);
    for (const id of mention.members ?? [mention.actorId]) {
      if (!mention.note) break;
      const notes = resolved.get(id) ?? new Set<string>();
      if (notes.size < MAX_RESOLUTION_NOTES) notes.add(mention.note);
      resolved.set(id, notes);
    }
  }
  const actors: ExtractedActor[] = [];
  for (const [id, seen] of surfaces) {
    const found = discovered.get(id);
    const entry: (ActorEntry & { description?: string; notes?: string[] }) | undefined = found ?? dict.get(id);
    if (!entry) continue;
    // A discovered person's surname alone ("Liu" of "Liu He") adds nothing to the name and could be anyone's.
    const labelWords = new Set(entry.label.split(/\s+/));
    const own = found?.kind === 'person' ? [...seen].filter((a) => a.includes(' ') || !labelWords.has(a)) : [...seen];
    const aliases = [...new Set([...entry.aliases, ...own])].filter((a) => a !== entry.label);
    const actor: ExtractedActor = { id, label: entry.label, kind: entry.kind, aliases };
    const affiliation = found ? found.affiliations[0]?.actor : dict.affiliationOn(id, lastDate.get(id) ?? null);
    if (affiliation && affiliation !== id) actor.affiliation = affiliation;
    if (entry.description) actor.description = entry.description;
    const notes = [...(entry.notes ?? []), ...(resolved.get(id) ?? [])];
    for (const s of seen) {
      const variant = !found && !entry.aliases.includes(s) ? dict.findPersonVariant(s) : undefined;
      if (variant?.id === id) notes.push(variant.reason);
    }
    if (notes.length) actor.notes = [...new Set(notes)];
    actors.push(actor);
  }
  return actors.sort((a, b) => a.id.localeCompare(b.id));
}

/** Joins per-document outcomes, in corpus order, into one result with one actor per id. */
export function mergeExtractions(outcomes: DocumentOutcome[], dictionary: ActorDictionary): ExtractionResult {
  // Two nodes one document made for one actor are merged first (actors/documentAliases.ts), then
  // groups named by their role alone are made the groups of their documents (actors/documentScope.ts).
  const perDoc = outcomes.map((d) => ({ ...d, ...scopeToDocument(mergeDocumentAliases(d, dictionary), d.doc.id) }));
  const documents = perDoc.map((d) => d.doc);
  const { entries, canonical } = mergeDiscovered(perDoc.map((d) => d.discovered));
  const remap = (id: string) => canonical.get(id) ?? id;
  const allMentions: { mention: Mention; doc: SourceDocument }[] = [];
  const events: ExtractedEvent[] = [];
  for (const d of perDoc) {
    for (const m of d.mentions) allMentions.push({ mention: { ...m, actorId: remap(m.actorId) }, doc: d.doc });
    for (const e of d.events) {
      const moved: ExtractedEvent = { ...e, source: remap(e.source), target: remap(e.target) };
      if (e.attributedTo) moved.attributedTo = remap(e.attributedTo);
      if (moved.source !== moved.target) events.push(moved);
    }
  }
  const actors = actorsFrom(dictionary, entries, allMentions);
  const known = new Set(actors.map((a) => a.id));
  // Affiliated states appear as nodes even when only their members are named.
  for (const a of [...actors]) {
    if (a.affiliation && !known.has(a.affiliation)) {
      const entry = dictionary.get(a.affiliation) ?? entries.get(a.affiliation);
      if (entry) {
        actors.push({ id: entry.id, label: entry.label, kind: entry.kind, aliases: entry.aliases.filter((x) => x !== entry.label) });
        known.add(entry.id);
      }
    }
  }
  const warnings: string[] = [];
  for (const d of perDoc) {
    if (d.undated > 0) warnings.push(`${d.doc.id}: ${undatedLeftOut(d.undated)}.`);
    else if (!d.doc.published) warnings.push(`${d.doc.id}: no publication date: none was given and the text names no absolute date to infer one from.`);
  }
  for (const d of perDoc) {
    const n = d.overlong ?? 0;
    if (n > 0) warnings.push(`${d.doc.id}: ${n} sentence${n === 1 ? ' is' : 's are'} longer than ${MAX_SENTENCE_CHARS.toLocaleString('en-US')} characters (text without sentence breaks?) and ${n === 1 ? 'was' : 'were'} not read for relations.`);
  }
  return { documents, actors, events, warnings };
}
