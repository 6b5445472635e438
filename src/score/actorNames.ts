// Whether an extracted actor is a gold actor: same id, or one name in common once both are normalised.
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

function namesOf(forms: string[]): Set<string> {
  return new Set(forms.map(normalizeName).filter((n) => n.length > 0));
}
