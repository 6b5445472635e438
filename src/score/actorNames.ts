// Whether an extracted actor is a gold actor: same id, or one name in common once both are normalised.
import { LEXICON } from '../extract/lexicon';
import type { GoldActor } from './goldTypes';

/** Case, accents, punctuation and a leading "the" do not distinguish names. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export interface NamedActor {
  id: string;
  label?: string;
  aliases?: string[];
}

/** Answers "is this extracted actor that gold actor?" for one scoring run. */
export class ActorMatcher {
  private readonly extracted = new Map<string, Set<string>>();
  private readonly gold = new Map<string, Set<string>>();
  /** Extracted ids that are a gold id by code (a PLOVER ISO 3166 code names a country of the gazetteer). */
  private readonly idAliases = new Map<string, Set<string>>();

  constructor(extracted: readonly NamedActor[], gold: Record<string, GoldActor>, goldIdAliases: Record<string, string[]> = {}) {
    for (const a of extracted) this.extracted.set(a.id, namesOf([a.label ?? '', ...(a.aliases ?? [])]));
    for (const [id, g] of Object.entries(gold)) this.gold.set(id, namesOf([g.name, ...(g.aliases ?? [])]));
    for (const [id, ids] of Object.entries(goldIdAliases)) this.idAliases.set(id, new Set(ids));
  }

  /** True when the extracted actor `extractedId` is the gold actor `goldId`. */
  matches(extractedId: string, goldId: string): boolean {
    if (extractedId === goldId || this.idAliases.get(goldId)?.has(extractedId)) return true;
    const goldNames = this.gold.get(goldId);
    const names = this.extracted.get(extractedId);
    if (!goldNames || !names) return false;
    for (const n of names) if (goldNames.has(n)) return true;
    return false;
  }

  /** Extracted actors (ids) that are this gold actor. */
  extractedFor(goldId: string): string[] {
    return [...this.extracted.keys()].filter((id) => this.matches(id, goldId));
  }
}

/** Person titles of the lexicon, normalised, longest first ("prime minister" before "minister"). */
const TITLES = [...new Set(LEXICON.personTitles.map((t) => normalizeName(t.join(' '))))].filter((t) => t).sort((a, b) => b.length - a.length);

/** A normalised name without its leading titles ("president bush" → "bush"); null when nothing else is left. */
export function withoutTitles(name: string): string | null {
  let rest = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of TITLES) {
      if (rest.startsWith(t + ' ')) {
        rest = rest.slice(t.length + 1);
        changed = true;
        break;
      }
    }
  }
  return rest !== name && rest ? rest : null;
}

/** Every normalised form of the names, and each without its titles ("President Bush" is "Bush"). */
function namesOf(forms: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of forms.map(normalizeName)) {
    if (!n) continue;
    out.add(n);
    const bare = withoutTitles(n);
    if (bare) out.add(bare);
  }
  return out;
}
