// "the Tamil Tigers accused ...": a capitalised name after "the" ending in a plural is a group, not a
// person (src/extract/actors/personNames.ts); a personal name takes no "the".
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../support/extractText';
import '../../support/syntaxModel';

describe('plural names after "the" are groups', () => {
  it('"the Karen Wolves attacked" makes a group, not a person', () => {
    const r = extractArticles('The Karen Wolves attacked Myanmar troops near Hpapun on Monday.');
    expect(r.actors.find((a) => a.label === 'Karen Wolves')).toMatchObject({ kind: 'group' });
  });

  it('without "the", a two-word subject is still read as a person', () => {
    const r = extractArticles('Harris Williams criticized Canada on Monday.');
    expect(r.actors.find((a) => a.label === 'Harris Williams')).toMatchObject({ kind: 'person' });
  });

  it('a place ending in a plural ("the Golan Heights") is no group', () => {
    const r = extractArticles('Israel shelled the Golan Heights on Monday.');
    expect(r.actors.some((a) => a.kind === 'group')).toBe(false);
  });
});
