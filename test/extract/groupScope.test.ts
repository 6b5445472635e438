// Groups named by their role alone are their article's; a group the text affiliates meets the same
// group of other articles (src/extract/actors/documentScope.ts).
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import type { ExtractionResult } from '../../src/extract/types';
import { unscopedId } from '../../src/extract/actors/documentScope';

const article = (name: string, body: string) => ({ name, text: `---\ntitle: T\npublished: 2025-06-04\n---\n${body}` });
const run = (...bodies: string[]): ExtractionResult => extractCorpus(bodies.map((b, i) => article(`a${i}.md`, b)), defaultResources());
const groupIds = (r: ExtractionResult, label: RegExp) => r.actors.filter((a) => a.kind === 'group' && label.test(a.label)).map((a) => a.id);

describe('group scope', () => {
  it('two articles\' bare "protesters" are two nodes, each named by its article', () => {
    const r = run('Protesters marched against the Chilean government on Monday.', 'Protesters rallied against the Serbian government on Tuesday.');
    const ids = groupIds(r, /^Protesters$/);
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => id.startsWith('protesters--'))).toBe(true);
    const node = r.actors.find((a) => a.id === ids[0])!;
    expect(node.notes?.some((n) => n.includes('group of this article only'))).toBe(true);
  });

  it('two articles\' "Belarusian protesters" are one node, affiliated with Belarus', () => {
    const r = run('Belarusian protesters marched against the government on Monday.', 'Police detained Belarusian protesters on Tuesday.');
    const ids = groupIds(r, /protesters/i);
    expect(ids).toEqual(['belarusian-protesters']);
    expect(r.actors.find((a) => a.id === ids[0])!.affiliation).toBe('belarus');
  });

  it('one article\'s bare group keeps one node for all its mentions', () => {
    const r = run('Rebels attacked an army post near the border on Monday. Soldiers later fought the rebels.');
    expect(groupIds(r, /^Rebels$/)).toHaveLength(1);
  });

  it('a scoped id gives back the group it scopes (the scorer counts one node per article as no split)', () => {
    const r = run('Protesters marched against the Chilean government on Monday.', 'Protesters rallied against the Serbian government on Tuesday.');
    const ids = groupIds(r, /^Protesters$/);
    expect(new Set(ids.map(unscopedId))).toEqual(new Set(['protesters']));
    expect(unscopedId('iranian-protesters')).toBe('iranian-protesters');
  });
});
