// A group named by its role alone ("protesters", "gunmen", "Islamist militants"), with no state or
// backer it belongs to, is the group of its article: its id carries the document's id, so in a
// graph of many articles Kenya's protesters and Iran's are two nodes. A group the text affiliates
// ("Iranian protesters" with Iran) keeps the id of its label and is one node with the same group of
// other articles.
import type { DocumentActors } from './documentAliases';
import type { DiscoveredEntry } from './discoveryState';

/** The id a document-scoped group takes in document `doc`. */
export const scopedId = (id: string, doc: string): string => `${id}--${doc}`;

/** The id a document-scoped group has before its scope (any other id unchanged). */
export const unscopedId = (id: string): string => {
  const at = id.indexOf('--');
  return at < 0 ? id : id.slice(0, at);
};

/** Whether an entry is a group of its article only. */
export const isDocumentScoped = (e: DiscoveredEntry): boolean => e.scope === 'document' && e.affiliations.length === 0;

/** The document's actors, its role-named groups renamed to ids of their own document. */
export function scopeToDocument(d: DocumentActors, doc: string): DocumentActors {
  const renamed = new Map(d.discovered.filter(isDocumentScoped).map((e) => [e.id, scopedId(e.id, doc)]));
  if (renamed.size === 0) return d;
  const to = (id: string) => renamed.get(id) ?? id;
  const discovered = d.discovered.map((e) => {
    const id = renamed.get(e.id);
    if (!id) return e;
    return { ...e, id, notes: [...e.notes, `"${e.label}" names a group by its role alone, with no state or backer: the group of this article only, not the ${e.label.toLowerCase()} of other articles`] };
  });
  const mentions = d.mentions.map((m) => (renamed.has(m.actorId) || m.members?.some((x) => renamed.has(x)) ? { ...m, actorId: to(m.actorId), ...(m.members ? { members: m.members.map(to) } : {}) } : m));
  const events = d.events.map((e) => {
    if (!renamed.has(e.source) && !renamed.has(e.target) && !(e.attributedTo && renamed.has(e.attributedTo))) return e;
    return { ...e, source: to(e.source), target: to(e.target), ...(e.attributedTo ? { attributedTo: to(e.attributedTo) } : {}) };
  });
  return { discovered, mentions, events };
}
