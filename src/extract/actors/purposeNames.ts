// Bodies named by what they stand for, with no organisation word: "Liberians United for
// Reconciliation and Democracy", "Citizens for Peace and Justice". A capitalised name holding "for"
// before a capitalised word is no person's; as the subject or an argument of a verb it names a body.
// A state's demonym opening it ("Liberian United for ...") is part of the name, not the state.
import { wordClass } from '../wordClass';
import { isCapitalized, type DiscoveryState } from './discoveryState';
import { phraseHead } from './nameParts';

const ARGUMENT_DEPS: ReadonlySet<string> = new Set(['nsubj', 'obj', 'nsubj:pass', 'obl:agent']);
const MIN_NAME_WORDS = 3;

/** Takes [i, end) as a body named by its purpose; returns where to go on, or null. */
export function purposeBodyName(s: DiscoveryState, i: number, end: number): number | null {
  const { tokens } = s;
  let k = i + 1;
  while (k < end - 1 && tokens[k]!.norm !== 'for') k++;
  if (k >= end - 1 || !isCapitalized(tokens[k + 1]!)) return null;
  const prev = s.covered[i - 1];
  const prefix = prev && prev.tokenEnd === i && prev.form === 'demonym' && s.kindOf(prev.actorId) === 'state' ? prev : undefined;
  const start = prefix ? prefix.tokenStart : i;
  if (tokens.slice(start, end).filter(isCapitalized).length < MIN_NAME_WORDS) return null;
  const head = phraseHead(tokens, start, end);
  const verb = head?.head !== undefined && head.head >= 0 ? tokens[head.head] : undefined;
  if (!head?.dep || !ARGUMENT_DEPS.has(head.dep) || !verb || wordClass(verb) !== 'VERB') return null;
  const label = s.slice(start, end);
  const id = s.upsert(label, 'organization', `named by what it stands for ("${s.slice(k, end)}"), as the ${head.dep === 'nsubj' ? 'subject' : 'argument'} of "${verb.text}"`);
  if (prefix) s.supersede(prefix);
  s.supersedeInside(start, end);
  s.addMention(id, start, end, 'discovered');
  return end;
}
