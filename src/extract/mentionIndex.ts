import type { Mention } from './types';

/** Constant-time look-ups over a document's mentions (sorted by token start). */
export class MentionIndex {
  /** Mention covering each token, or undefined. */
  private readonly cover: (Mention | undefined)[];
  private readonly endingAt = new Map<number, Mention>();
  private readonly bySentence = new Map<number, Mention[]>();

  constructor(
    readonly mentions: Mention[],
    tokenCount: number,
  ) {
    this.cover = new Array<Mention | undefined>(tokenCount);
    for (const m of mentions) {
      for (let i = m.tokenStart; i < m.tokenEnd; i++) this.cover[i] = m;
      this.endingAt.set(m.tokenEnd, m);
      const list = this.bySentence.get(m.sentence);
      if (list) list.push(m);
      else this.bySentence.set(m.sentence, [m]);
    }
  }

  at(token: number): Mention | undefined {
    return this.cover[token];
  }

  /** The mention whose last token is `token - 1`. */
  endingBefore(token: number): Mention | undefined {
    return this.endingAt.get(token);
  }

  inSentence(sentence: number): Mention[] {
    return this.bySentence.get(sentence) ?? [];
  }
}
