// The import worker's flow control: messages go out until CHUNKS_IN_FLIGHT chunks wait for the
// page's "next", so the page is never handed a pile of chunks to take in one task.
import { CHUNKS_IN_FLIGHT, isChunk, type ImportReply } from './importMessages';

export class CreditedReplies {
  private credits = CHUNKS_IN_FLIGHT;

  constructor(
    private replies: Generator<ImportReply, void> | null,
    private readonly post: (reply: ImportReply) => void,
  ) {}

  /** Posts messages until the answer ends or the chunks in flight reach the limit. */
  pump(): void {
    while (this.replies && this.credits > 0) {
      const next = this.replies.next();
      if (next.done) {
        this.replies = null;
        return;
      }
      this.post(next.value);
      if (isChunk(next.value)) this.credits -= 1;
    }
  }

  /** The page took a chunk: one more may go. */
  acknowledged(): void {
    this.credits += 1;
    this.pump();
  }
}
