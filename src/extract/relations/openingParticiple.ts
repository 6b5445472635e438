// A passive participle the parser read as the sentence's main verb, with the real main verb hung as a
// clause on a noun after it:
// - "Routed by the army, the rebels fled into Congo": the opening participle heads the sentence and the
//   main subject is its attachment; the noun after the comma is the subject of the verb on it, which
//   heads the sentence, and the participle is its adverbial clause.
// - "Malian soldiers backed by French forces battled with militants": the subject hangs on "backed" (or
//   heads the sentence, "backed" on it) and "battled" on the agent or the participle; the participle is a
//   reduced relative on the subject, whose verb is "battled".
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';

const PAST_PARTICIPLE = /(ed|en|wn|nt)$/;

/** The "by" agent of a past participle with no object or auxiliary of its own, when it heads the sentence or modifies the noun that does. */
function participleAgent(tokens: readonly Token[], p: number, dependentsOf: DependentsOf): number | undefined {
  const t = tokens[p]!;
  const h = t.head ?? -1;
  const onRootNoun = t.dep === 'acl' && h >= 0 && h < p && (tokens[h]!.head ?? -1) < 0 && tokens[h]!.pos === 'NOUN';
  if (t.pos !== 'VERB' || (h >= 0 && !onRootNoun) || !PAST_PARTICIPLE.test(t.norm)) return undefined;
  if (dependentsOf(p).some((c) => tokens[c]!.dep === 'obj' || tokens[c]!.dep === 'aux' || tokens[c]!.dep === 'aux:pass')) return undefined;
  return dependentsOf(p).find((c) => c > p && (tokens[c]!.dep === 'obl:agent' || (tokens[c]!.dep === 'obl' && dependentsOf(c).some((k) => k < c && tokens[k]!.norm === 'by'))));
}

/** A clause verb (`label`) on `noun` after it with no subject of its own that acts (an object or an attachment other than "by"; any, `opened` after an opening participle's comma): a main verb, not a reduced relative. */
function actingClause(tokens: readonly Token[], noun: number, dependentsOf: DependentsOf, opened = false, label = 'acl'): number | undefined {
  return dependentsOf(noun).find((c) => {
    const t = tokens[c]!;
    if (c < noun || t.pos !== 'VERB' || t.dep !== label || t.norm.endsWith('ing') || t.norm === t.lemma) return false;
    const own = dependentsOf(c);
    if (own.some((k) => (tokens[k]!.dep ?? '').startsWith('nsubj') || tokens[k]!.dep === 'mark' || tokens[k]!.dep === 'obl:agent')) return false;
    const byPhrase = (k: number) => dependentsOf(k).some((m) => m < k && tokens[m]!.norm === 'by');
    // After the comma closing an opening participle's clause, the verb is the main one whatever follows it.
    if (opened) return true;
    return own.some((k) => tokens[k]!.dep === 'obj' || (tokens[k]!.dep === 'obl' && !byPhrase(k)));
  });
}

function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]!.norm === ',') return true;
  return false;
}

/**
 * "Routed by X, the rebels fled south" parsed with "fled" as a conjunct of the participle: a verb
 * after the comma with a subject of its own and no conjunction is the main clause.
 */
function mainClauseAfterComma(tokens: readonly Token[], p: number, agent: number, dependentsOf: DependentsOf): number | undefined {
  return dependentsOf(p).find((c) => {
    const t = tokens[c]!;
    if (c < agent || t.pos !== 'VERB' || (t.dep !== 'conj' && t.dep !== 'parataxis') || !commaBetween(tokens, agent, c)) return false;
    const own = dependentsOf(c);
    return own.some((k) => k < c && tokens[k]!.dep === 'nsubj') && !own.some((k) => tokens[k]!.dep === 'cc');
  });
}

/** Arcs reading such a participle as the clause it is and the verb on the noun as the main verb. */
export function openingParticiple(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let p = sentence.firstToken; p < sentence.endToken; p++) {
    const agent = participleAgent(tokens, p, dependentsOf);
    if (agent === undefined) continue;
    const dependents = dependentsOf(p);
    // "Kurdish fighters backed by X battled with Y" read as a noun heading the sentence: the verb is an open clause of the participle.
    if (tokens[p]!.dep === 'acl') {
      const subject = tokens[p]!.head!;
      const verb = actingClause(tokens, agent, dependentsOf) ?? actingClause(tokens, p, dependentsOf, false, 'xcomp') ?? actingClause(tokens, p, dependentsOf, false, 'advcl');
      if (verb === undefined) return out;
      return out.set(verb, { head: -1, dep: 'root' }).set(subject, { head: verb, dep: 'nsubj' });
    }
    if (p === sentence.firstToken) {
      const subject = dependents.find((c) => c > agent && (tokens[c]!.dep === 'obl' || tokens[c]!.dep === 'nsubj') && commaBetween(tokens, agent, c) && !dependentsOf(c).some((k) => tokens[k]!.dep === 'case'));
      const verb = subject === undefined ? undefined : actingClause(tokens, subject, dependentsOf, true);
      if (subject !== undefined && verb !== undefined) {
        return out.set(verb, { head: -1, dep: 'root' }).set(subject, { head: verb, dep: 'nsubj' }).set(p, { head: verb, dep: 'advcl' });
      }
      const main = mainClauseAfterComma(tokens, p, agent, dependentsOf);
      return main === undefined ? out : out.set(main, { head: -1, dep: 'root' }).set(p, { head: main, dep: 'advcl' });
    }
    const subject = dependents.find((c) => c < p && tokens[c]!.dep === 'nsubj');
    // The main verb hung on the agent, or as an unmarked clause after it on the participle ("supported by X fought Y").
    const verb = subject === undefined ? undefined : (actingClause(tokens, agent, dependentsOf) ?? actingClause(tokens, p, dependentsOf, false, 'advcl'));
    if (subject === undefined || verb === undefined) return out;
    return out.set(verb, { head: -1, dep: 'root' }).set(subject, { head: verb, dep: 'nsubj' }).set(p, { head: subject, dep: 'acl' });
  }
  return out;
}
