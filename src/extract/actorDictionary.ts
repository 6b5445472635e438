import type { ActorKind } from '../domain/contract';
import { nameSkeleton } from './nameSkeleton';
import { tokenize } from './tokenize';
import type { ActorEntry, Affiliation, MentionForm } from './types';
import { roleHead } from './roleHeads';

export interface CountryRecord {
  id: string;
  label: string;
  kind: 'state';
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

export interface ActorRecord {
  id: string;
  label: string;
  kind: ActorKind;
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
  roles?: string[];
  gender?: 'male' | 'female';
  affiliations?: Affiliation[];
}

export interface AliasMatch {
  actorId: string;
  form: MentionForm;
  length: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  match?: { actorId: string; form: MentionForm; caseSensitive: boolean[] };
}

/** Forms that must keep their capitals to match ("US" is not "us"). */
function caseRule(word: string): boolean {
  return /^[\p{Lu}]/u.test(word);
}

/** Skeletons shorter than this are matched as surnames only when spelled alike. */
const SHORT_NAME = 5;

export class ActorDictionary {
  readonly entries = new Map<string, ActorEntry>();
  private readonly root: TrieNode = { next: new Map() };
  private readonly roleHeads = new Map<string, string[]>();
  private personIndex: { full: Map<string, string>; surname: Map<string, string[]> } | null = null;

  constructor(countries: CountryRecord[], actors: ActorRecord[]) {
    for (const c of countries) this.upsert({ ...c, roles: [], affiliations: [] });
    for (const a of actors) this.upsert(a);
    for (const entry of this.entries.values()) {
      for (const alias of entry.aliases) this.addForm(alias, entry.id, 'name');
      for (const d of entry.demonyms) this.addForm(d, entry.id, 'demonym');
      for (const c of entry.capitals) this.addForm(c, entry.id, 'capital');
      for (const role of entry.roles) {
        const lower = role.toLowerCase();
        for (const head of new Set([roleHead(lower), lower])) {
          const list = this.roleHeads.get(head) ?? [];
          if (!list.includes(entry.id)) list.push(entry.id);
          this.roleHeads.set(head, list);
        }
      }
    }
  }

  private upsert(a: ActorRecord): void {
    const prev = this.entries.get(a.id);
    const merged: ActorEntry = {
      id: a.id,
      label: a.label ?? prev?.label,
      kind: a.kind ?? prev?.kind,
      aliases: [...new Set([...(prev?.aliases ?? []), a.label, ...(a.aliases ?? [])])],
      demonyms: [...new Set([...(prev?.demonyms ?? []), ...(a.demonyms ?? [])])],
      capitals: [...new Set([...(prev?.capitals ?? []), ...(a.capitals ?? [])])],
      roles: [...new Set([...(prev?.roles ?? []), ...(a.roles ?? [])])],
      affiliations: [...(prev?.affiliations ?? []), ...(a.affiliations ?? [])],
    };
    const gender = a.gender ?? prev?.gender;
    if (gender) merged.gender = gender;
    this.entries.set(a.id, merged);
  }

  /** A form and, where it has accents, its plain spelling: "Chișinău" is tokenised in pieces, news writes "Chisinau". */
  private addForm(form: string, actorId: string, kind: MentionForm): void {
    this.addSpelling(form, actorId, kind);
    const plain = form.normalize('NFD').replace(/\p{M}/gu, '');
    if (plain !== form) this.addSpelling(plain, actorId, kind);
  }

  private addSpelling(form: string, actorId: string, kind: MentionForm): void {
    const words = tokenize(form).tokens;
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w.norm);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w.norm, child);
      }
      node = child;
    }
    // First registration wins: a person's alias is never overwritten by a later capital.
    node.match ??= { actorId, form: kind, caseSensitive: words.map((w) => caseRule(w.text)) };
  }

  /** Longest dictionary form starting at `words[i]`. */
  matchAt(words: readonly { text: string; norm: string }[], i: number): AliasMatch | null {
    let node: TrieNode | undefined = this.root;
    let best: AliasMatch | null = null;
    for (let j = i; j < words.length && node; j++) {
      node = node.next.get(words[j]!.norm);
      if (node?.match) {
        const m = node.match;
        const ok = m.caseSensitive.every((cs, k) => !cs || /^[\p{Lu}\d]/u.test(words[i + k]!.text));
        const allCapsForm = m.caseSensitive.length === 1 && words[i]!.norm.length <= 3;
        const exactCaps = !allCapsForm || words[i]!.text === words[i]!.text.toUpperCase();
        if (ok && exactCaps) best = { actorId: m.actorId, form: m.form, length: j - i + 1 };
      }
    }
    return best;
  }

  get(id: string): ActorEntry | undefined {
    return this.entries.get(id);
  }

  private persons(): { full: Map<string, string>; surname: Map<string, string[]> } {
    if (this.personIndex) return this.personIndex;
    const full = new Map<string, string>();
    const surname = new Map<string, string[]>();
    for (const e of this.entries.values()) {
      if (e.kind !== 'person') continue;
      for (const alias of e.aliases) {
        const sk = nameSkeleton(alias);
        if (sk && !full.has(sk)) full.set(sk, e.id);
        const last = sk.split(' ').pop();
        if (last && sk.includes(' ')) {
          const list = surname.get(last) ?? [];
          if (!list.includes(e.id)) list.push(e.id);
          surname.set(last, list);
        }
      }
    }
    this.personIndex = { full, surname };
    return this.personIndex;
  }

  /**
   * A known person this name is a spelling variant of: the same full name after transliteration
   * folding, or the same surname when the name is a surname alone or the given names agree too.
   * Two people who merely share a surname never match.
   */
  findPersonVariant(name: string): { id: string; reason: string } | undefined {
    const { full, surname } = this.persons();
    const sk = nameSkeleton(name);
    const exact = full.get(sk);
    if (exact) return { id: exact, reason: `"${name}" is a spelling variant of a known name (same transliteration skeleton "${sk}")` };
    const parts = sk.split(' ');
    const last = parts[parts.length - 1]!;
    const ids = surname.get(last) ?? [];
    if (ids.length !== 1) return undefined;
    const id = ids[0]!;
    // Short names fold into each other ("Liu" and "Leo"): a lone short name must be spelled the same.
    if (parts.length === 1) {
      const spelled = (a: string) => a.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/\s+/).pop();
      if (last.length < SHORT_NAME && !this.entries.get(id)!.aliases.some((a) => spelled(a) === spelled(name))) return undefined;
      return { id, reason: `"${name}" matches the surname of ${this.entries.get(id)!.label} after transliteration folding` };
    }
    const known = this.entries.get(id)!.aliases.map((a) => nameSkeleton(a).split(' ')).filter((p) => p.length > 1);
    if (known.some((p) => p[0] === parts[0])) return { id, reason: `"${name}" matches given name and surname of ${this.entries.get(id)!.label} after transliteration folding` };
    return undefined;
  }

  /** Actor ids whose roles have the head `head` ("envoy" matches "special envoy", "secretary" "secretary of state"). */
  actorsWithRoleHead(head: string): readonly string[] {
    return this.roleHeads.get(head) ?? [];
  }

  /** The state or organisation an actor belongs to on `date` (ISO), if known. */
  affiliationOn(id: string, date: string | null): string | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const d = date?.slice(0, 10);
    const current = entry.affiliations.find(
      (a) => !d || ((!a.from || a.from <= d) && (!a.to || d <= a.to)),
    );
    return (current ?? entry.affiliations[0])?.actor;
  }
}
