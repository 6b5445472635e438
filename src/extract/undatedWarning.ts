// The one sentence that says an article lost relations for want of a date, shared by the CLI
// summary and the Add-article dialog so both say exactly the same thing.

/** "3 relations were left out because the article has no date: add one". */
export function undatedLeftOut(count: number): string {
  return `${count} ${count === 1 ? 'relation was' : 'relations were'} left out because the article has no date: add one`;
}

const LEFT_OUT = /(\d+) relations? (?:was|were) left out because the article has no date: add one/;

/** How many relations the warnings say were left out for want of a date (0 when none). */
export function undatedCount(warnings: readonly string[]): number {
  let total = 0;
  for (const w of warnings) {
    const m = LEFT_OUT.exec(w);
    if (m) total += Number(m[1]);
  }
  return total;
}
