// What the discovery passes share while they walk one document: which tokens are taken, the
// actors found so far and the ways later text may name them again (acronyms, surnames).
import type { ActorKind } from '../../domain/contract';
import type { ActorDictionary } from '../actorDictionary';
import { nameSkeleton } from '../nameSkeleton';
import { slugify } from '../slugify';
import type { ActorEntry, Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';

export interface DiscoveredEntry extends ActorEntry {
  description?: string;
  /** Why surface forms were taken as this actor. */
  notes: string[];
  /** 'document': a group named by its role alone, the group of its article (actors/documentScope.ts). */
  scope?: 'document';
  /** A described group ("276 schoolgirls"): kept only when it takes part in an extracted relation (describedGroups.ts). */
  onlyAsParticipant?: true;
}

export const isCapitalized = (t: Token): boolean => /^[\p{Lu}]/u.test(t.text);
export const isAcronym = (t: Token): boolean => /^[\p{Lu}]{2,8}$/u.test(t.text);

export class DiscoveryState {
  readonly covered: (Mention | undefined)[];
  readonly actors = new Map<string, DiscoveredEntry>();
  readonly byAcronym = new Map<string, string>();
  /** Group names found before a fighters noun ('Fano' in 'Fano militiamen'), to the group's id. */
  readonly byGroupName = new Map<string, string>();
  readonly mentions: Mention[] = [];
  readonly superseded: Mention[] = [];
  private readonly supersededSet = new Set<Mention>();
  private readonly knownSet: Set<Mention>;
  /** Group mentions in text order, for the group nouns that refer back to them. */
  readonly groupTrail: Mention[] = [];
  /** Groups named by the person they follow ("Gbagbo supporters"), never by a kind. */
  readonly followerGroups = new Set<string>();
  /** Persons an apposition says lead a group ("X, a rebel group led by Y"), to that group. */
  readonly leaders = new Map<string, string>();
  /** Name words (skeletons) of the persons the document names, to the ids carrying them. */
  private readonly byNamePart = new Map<string, Set<string>>();
  private readonly boundsOf = new Map<number, readonly [number, number]>();

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly known: Mention[],
    readonly dict: ActorDictionary,
    /** Whether a verb lemma states a relation between actors ("accuse", "meet"). */
    readonly actsInRelations: (lemma: string) => boolean = () => false,
    /** Whether a noun lemma names a relation ("meeting", "talks"). */
    readonly namesEvent: (lemma: string) => boolean = () => false,
    /** Whether a verb and the word after it open a phrasal cue of a relation ("call on", "crack down"). */
    readonly opensPhrasalCue: (lemma: string, next: string) => boolean = () => false,
  ) {
    this.covered = new Array(tokens.length);
    this.knownSet = new Set(known);
  }

  supersede(m: Mention): void {
    if (this.supersededSet.has(m)) return;
    this.supersededSet.add(m);
    this.superseded.push(m);
  }

  isSuperseded(m: Mention): boolean {
    return this.supersededSet.has(m);
  }

  isKnown(m: Mention): boolean {
    return this.knownSet.has(m);
  }

  /** Distinct mentions covering tokens of [start, end), in text order. */
  mentionsInside(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let k = start; k < end; k++) {
      const m = this.covered[k];
      if (m && m.tokenStart >= start && m.tokenEnd <= end && out[out.length - 1] !== m) out.push(m);
    }
    return out;
  }

  kindOf(id: string): ActorKind | undefined {
    return this.dict.get(id)?.kind ?? this.actors.get(id)?.kind;
  }

  /** [first, end) token bounds of the sentence holding token i; walked once per sentence. */
  sentenceBounds(i: number): readonly [number, number] {
    const s = this.tokens[i]!.sentence;
    const seen = this.boundsOf.get(s);
    if (seen) return seen;
    let a = i;
    while (a > 0 && this.tokens[a - 1]!.sentence === s) a--;
    let b = i;
    while (b < this.tokens.length - 1 && this.tokens[b + 1]!.sentence === s) b++;
    const bounds = [a, b + 1] as const;
    this.boundsOf.set(s, bounds);
    return bounds;
  }

  slice(start: number, end: number): string {
    return this.text.slice(this.tokens[start]!.start, this.tokens[end - 1]!.end);
  }

  addMention(id: string, start: number, end: number, form: Mention['form']): Mention {
    const m: Mention = { actorId: id, form, tokenStart: start, tokenEnd: end, sentence: this.tokens[start]!.sentence, surface: this.slice(start, end) };
    this.mentions.push(m);
    for (let k = start; k < end; k++) this.covered[k] = m;
    const kind = this.kindOf(id);
    if (kind === 'person') this.rememberNameParts(id, start, end);
    if (kind === 'group') this.groupTrail.push(m);
    return m;
  }

  /** Dictionary mentions inside [start, end) that a longer name takes over ("Colombia" in "... Forces of Colombia"). */
  supersedeInside(start: number, end: number): void {
    for (const m of this.mentionsInside(start, end)) if (this.knownSet.has(m)) this.supersede(m);
  }

  /** Records an actor (or adds to the one of the same id) and returns its id. */
  upsert(label: string, kind: ActorKind, note: string, extra: Partial<DiscoveredEntry> = {}, id = slugify(label)): string {
    const prev = this.actors.get(id);
    if (prev) {
      if (extra.description && !prev.description) prev.description = extra.description;
      if (extra.roles) prev.roles.push(...extra.roles.filter((r) => !prev.roles.includes(r)));
      if (extra.affiliations?.length && !prev.affiliations.length) prev.affiliations = extra.affiliations;
      for (const a of extra.aliases ?? []) if (!prev.aliases.includes(a)) prev.aliases.push(a);
      return id;
    }
    const entry: DiscoveredEntry = { id, label, kind, aliases: [label, ...(extra.aliases ?? [])], demonyms: [], capitals: [], roles: extra.roles ?? [], affiliations: extra.affiliations ?? [], notes: [note] };
    if (extra.description) entry.description = extra.description;
    this.actors.set(id, entry);
    return id;
  }

  /** Each capitalised word of a person's name, so "Maliki" or "Zhan" later names the same person. */
  rememberNameParts(id: string, start: number, end: number): void {
    for (let k = start; k < end; k++) {
      const t = this.tokens[k]!;
      if (!isCapitalized(t) || ACTOR_WORDS.nameParticles.has(t.norm) || t.text.length < 3 || t.text.endsWith('.')) continue;
      const key = nameSkeleton(t.text);
      const set = this.byNamePart.get(key) ?? new Set<string>();
      set.add(id);
      this.byNamePart.set(key, set);
    }
  }

  /**
   * The one person of this document a single name word belongs to, if exactly one. A person named
   * by that word alone ("Secretary Blinken" before "Antony Blinken") gives way to the one named in full.
   */
  personByNamePart(word: string): string | undefined {
    const key = nameSkeleton(word);
    const ids = this.byNamePart.get(key);
    if (!ids) return undefined;
    if (ids.size === 1) return [...ids][0];
    const full = [...ids].filter((id) => !this.isNamedByWordAlone(id, key));
    return full.length === 1 ? full[0] : undefined;
  }

  /** A person found here whose whole name is the one word `key`. */
  private isNamedByWordAlone(id: string, key: string): boolean {
    const label = this.actors.get(id)?.label;
    return label !== undefined && !/\s/.test(label.trim()) && nameSkeleton(label) === key;
  }

  /**
   * Persons found under one name word who turn out to be a person the document names in full: their
   * mentions move to that person, whose entry takes their roles and affiliation.
   */
  foldShortPersons(): void {
    for (const [id, entry] of [...this.actors]) {
      if (entry.kind !== 'person' || /\s/.test(entry.label.trim())) continue;
      const full = this.personByNamePart(entry.label);
      if (!full || full === id) continue;
      const target = this.actors.get(full);
      const fullLabel = target?.label ?? this.dict.get(full)?.label ?? full;
      if (target) {
        for (const r of entry.roles) if (!target.roles.includes(r)) target.roles.push(r);
        if (!target.affiliations.length) target.affiliations = entry.affiliations;
        target.notes.push(`"${entry.label}" is the same person: the document names ${fullLabel} in full and no one else by that name`);
      }
      for (const m of this.mentions) {
        if (m.actorId !== id) continue;
        m.actorId = full;
        m.note = `"${m.surface}" read as ${fullLabel}: the one person of the document with that name word`;
      }
      this.actors.delete(id);
    }
  }
}
