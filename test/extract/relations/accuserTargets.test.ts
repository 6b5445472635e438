// A charged act that names no one it was done to was done, as the accuser tells it, to the accuser's
// own side (src/extract/relations/accuserTargets.ts); sentences about actors other than the benchmarks'.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractCorpus } from '../../../src/extract/extractCorpus';

const resources = defaultResources();

const events = (body: string): string[] =>
  extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: 2024-05-08\n---\n${body}` }], resources)
    .events.filter((e) => e.relation === 'force')
    .map((e) => `${e.source} -${e.relation}-> ${e.target} [${e.modality}]`)
    .sort();

describe('a charge with no one named as hit targets the accusing state', () => {
  it('"accused X of more shelling", "blamed X for the bombing": reported force on the accuser', () => {
    expect(events('Ethiopia accused Eritrea of more shelling.')).toEqual(['eritrea -force-> ethiopia [reported]']);
    expect(events('Georgia blamed Russia for the bombing.')).toEqual(['russia -force-> georgia [reported]']);
  });

  it('a place word as the object, a coordinated accusing verb and a passive accusation keep the reading', () => {
    expect(events('Ethiopia accused Eritrea of continuing to shell border towns.')).toEqual(['eritrea -force-> ethiopia [reported]']);
    expect(events('The Sudanese army denied the raid and accused Ethiopia of shelling border villages.')).toEqual(['ethiopia -force-> sudan [reported]']);
    expect(events('Eritrea was accused by Ethiopia of more shelling.')).toEqual(['eritrea -force-> ethiopia [reported]']);
  });

  it('an act done to others, a rights body as accuser, or a condemnation gives the accuser nothing', () => {
    expect(events('Pakistan accused India of shelling civilians.')).toEqual([]);
    expect(events('Human Rights Watch accused Ethiopia of more shelling.')).toEqual([]);
    expect(events('Canada condemned Iran for the bombing.')).toEqual([]);
  });
});
