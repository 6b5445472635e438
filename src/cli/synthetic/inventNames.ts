// Pronounceable invented names (actors and places) built from syllables; never reused within one run.
import type { ActorKind } from '../../domain/contract';
import { slugify } from '../../extract/slugify';
import { pick, type Random } from './seededRandom';
import type { SyntheticVocabulary } from './syntheticVocabulary';

export interface InventedName {
  label: string;
  key: string;
  aliases: string[];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export class NameInventor {
  private readonly usedKeys = new Set<string>();

  constructor(
    private readonly rand: Random,
    private readonly vocabulary: SyntheticVocabulary,
  ) {}

  /** One capitalised word of `min`–`max` syllables plus an ending from `endings`. */
  word(min: number, max: number, endings: readonly string[] = ['']): string {
    const { onsets, vowels, codas } = this.vocabulary.syllables;
    const count = min + Math.floor(this.rand() * (max - min + 1));
    let w = '';
    for (let i = 0; i < count; i++) w += pick(this.rand, onsets) + pick(this.rand, vowels) + (i === count - 1 ? pick(this.rand, codas) : '');
    return capitalise(w + pick(this.rand, endings));
  }

  place(): string {
    return this.word(2, 3, this.vocabulary.nameEndings.place);
  }

  actor(kind: ActorKind): InventedName {
    for (let attempt = 0; ; attempt++) {
      const proposal = this.propose(kind);
      // After many collisions (huge actor counts) a numeral keeps the key unique.
      const label = attempt < 8 ? proposal.label : `${proposal.label} ${attempt}`;
      const key = slugify(label);
      if (this.usedKeys.has(key)) continue;
      this.usedKeys.add(key);
      return { label, key, aliases: attempt < 8 ? proposal.aliases : [label] };
    }
  }

  private propose(kind: ActorKind): { label: string; aliases: string[] } {
    const endings = this.vocabulary.nameEndings;
    if (kind === 'state') {
      const label = this.word(1, 2, endings.state);
      return { label, aliases: [label] };
    }
    if (kind === 'person') {
      const family = this.word(1, 3, endings.family);
      const label = `${this.word(1, 2, endings.given)} ${family}`;
      return { label, aliases: [label, family] };
    }
    const label = pick(this.rand, this.vocabulary.kindPatterns[kind] ?? ['{Name}']).replace('{Name}', this.word(1, 3));
    const initials = label.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && w !== 'The');
    const acronym = initials.length >= 2 ? initials.map((w) => w[0]).join('') : '';
    return { label, aliases: acronym ? [label, acronym] : [label] };
  }
}
