// Who a demand noun asks, named by the clause it takes: "renewed its demand that Kenya release the
// prisoners", "the call that Israel should withdraw". The clause must ask for an act (a bare verb, or
// one under "should"/"must"), not state one ("the demand that Kenya made", "demands Kenya ignored").
import readingsData from '../../../data/speechReadings.json';
import type { Mention } from '../types';
import type { DependencyTree } from './dependencyTree';
import type { FrameContext } from './frameContext';
import { ROLE_FRAMES } from './roleFrames';

const ASKING_AUXILIARIES: ReadonlySet<string> = new Set(readingsData.askingAuxiliaries);
const CLAUSE_DEPS = ['acl', 'acl:relcl', 'ccomp'];
const NO_AUXILIARIES: ReadonlySet<string> = new Set();

/** A clause verb that asks for its act: bare ("release"), "be" + participle, or under an asking auxiliary. */
function asksAct(tree: DependencyTree, v: number, hoping: ReadonlySet<string>): boolean {
  const t = tree.token(v);
  const auxiliaries = tree.children(v, 'aux', 'aux:pass').map((a) => tree.token(a).norm);
  if (auxiliaries.some((a) => ASKING_AUXILIARIES.has(a) || hoping.has(a))) return true;
  return auxiliaries.length === 0 ? t.norm === t.lemma : auxiliaries[0] === 'be';
}

/**
 * The subject of clause `c` on noun `n` when the clause asks for an act: opened by "that" right after
 * the noun (a time word may stand between), a content clause even where the parser made it relative.
 * `hoping`: auxiliaries that also ask, after a noun of hope ("the hope that X will V").
 */
export function askedSubject(tree: DependencyTree, n: number, c: number, hoping: ReadonlySet<string> = NO_AUXILIARIES): number | undefined {
  const subject = tree.children(c, 'nsubj', 'nsubj:pass')[0];
  let k = n + 1;
  while (k < c && ROLE_FRAMES.timeNouns.has(tree.token(k).norm)) k++;
  return subject === undefined || subject < k || tree.token(k).norm !== 'that' || !asksAct(tree, c, hoping) ? undefined : subject;
}

/** The actors a demand noun at `n` asks through its clause ("its demand that X V"), or none. */
export function askedClauseSubjects(ctx: FrameContext, n: number): Mention[] {
  const { tree, mentions } = ctx;
  if (!ROLE_FRAMES.complementSubjectTargets.has(ctx.cue.relation)) return [];
  // "its demand today that X V" with the clause hung on the time word after the noun.
  const hosts = [n];
  for (let k = n + 1; tree.contains(k) && ROLE_FRAMES.timeNouns.has(tree.token(k).norm); k++) hosts.push(k);
  for (const c of hosts.flatMap((h) => tree.children(h, ...CLAUSE_DEPS))) {
    if (c < n) continue;
    const subject = askedSubject(tree, n, c);
    if (subject === undefined) continue;
    const asked = mentions.group(subject);
    if (asked.length > 0) return asked;
  }
  return [];
}
