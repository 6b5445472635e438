// Warnings of one kind gathered into one line that counts them and names the first places.

const EXAMPLES = 5;

export class WarningTally {
  private readonly groups = new Map<string, string[]>();
  private readonly counts = new Map<string, number>();

  /** `what` is the sentence for the group ("relations without a date are dated to the import day"). */
  add(what: string, where: string): void {
    const list = this.groups.get(what) ?? [];
    if (list.length < EXAMPLES) list.push(where);
    this.groups.set(what, list);
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }

  messages(): string[] {
    return [...this.groups].map(([what, places]) => {
      const n = this.counts.get(what)!;
      const more = n > places.length ? `, and ${n - places.length} more` : '';
      return `${what} (${n}: ${places.join('; ')}${more}).`;
    });
  }
}
