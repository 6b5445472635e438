// The discourse anchor of a document read lazily: each sentence read is queued, and the queue runs
// through `nextAnchor` in text order only when a cue asks for the day named last. Most sentences'
// dates are never asked for (no cue after them needs the anchor), so the date parser skips them;
// the anchor a cue gets is the one carrying it sentence by sentence would have given.
import { nextAnchor, type AnchorSentence, type DiscourseAnchor } from './discourseAnchor';
import type { DateFinder } from './resolveEventDate';

export class AnchorChain {
  private anchor: DiscourseAnchor | undefined;
  private pending: AnchorSentence[] = [];

  constructor(
    private readonly published: string | null,
    private readonly find: DateFinder,
  ) {}

  /** A sentence read: the anchor moves past it when next asked for. */
  push(s: AnchorSentence): void {
    // Without a publication date no sentence sets an anchor.
    if (this.published) this.pending.push(s);
  }

  /** The day the sentences pushed so far named last. */
  readonly current = (): DiscourseAnchor | undefined => {
    if (this.pending.length > 0) {
      for (const s of this.pending) this.anchor = nextAnchor(this.anchor, s, this.published, this.find);
      this.pending = [];
    }
    return this.anchor;
  };
}
