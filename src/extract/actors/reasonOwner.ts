// "thanked Qatar for its mediation", "sanctioned Iran for its missile tests": a possessive in the reason
// a verb gives for what it does to its object stands for that object (both objects for "their" after
// "A and B"). Reason prepositions: data/reasonAttachments.json.
import { REASONS } from '../relations/reasonAttachments';
import type { Mention, Token } from '../types';

export interface ReasonView {
  tokens: readonly Token[];
  children: (i: number) => readonly number[];
  /** The actor a phrase head names, if any. */
  actorAt: (i: number) => Mention | undefined;
  kindOf: (id: string) => string | undefined;
  labelOf: (id: string) => string;
}

const listed = (labels: string[]) => (labels.length < 3 ? labels.join(' and ') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`);

/** The object the possessive at `i` stands for, when it sits in a reason phrase and agrees in number; else null. */
export function reasonOwner(v: ReasonView, i: number, number: 'singular' | 'plural'): Mention | null {
  const t = v.tokens[i]!;
  const phrase = t.dep === 'nmod:poss' ? (t.head ?? -1) : -1;
  if (phrase < 0 || (v.tokens[phrase]!.dep ?? '').split(':')[0] !== 'obl') return null;
  if (!v.children(phrase).some((k) => v.tokens[k]!.dep === 'case' && REASONS.has(v.tokens[k]!.norm))) return null;
  const verb = v.tokens[phrase]!.head ?? -1;
  const object = verb < 0 ? undefined : v.children(verb).find((k) => k < phrase && v.tokens[k]!.dep === 'obj');
  if (object === undefined) return null;
  const parts = [object, ...v.children(object).filter((k) => v.tokens[k]!.dep === 'conj')].map((k) => v.actorAt(k));
  if (parts.some((m) => !m || m.members)) return null;
  const ids = [...new Set(parts.map((m) => m!.actorId))];
  const singular = ids.length === 1 && v.kindOf(ids[0]!) !== 'person';
  if ((number === 'singular') !== singular || (number === 'plural' && ids.length < 2)) return null;
  const note = `"${t.text}" read as ${listed(ids.map(v.labelOf))}: the object of "${v.tokens[verb]!.text}", whose reason the phrase gives`;
  return { actorId: ids[0]!, ...(ids.length > 1 ? { members: ids } : {}), form: 'pronoun', tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, surface: t.text, note };
}
