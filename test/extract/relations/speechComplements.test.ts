// What a speech or directive verb's complement commits to: an urged, hoped or instructed act is not
// done (src/extract/relations/treeModality.ts, data/lexicon.json). Sentences about other conflicts.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractCorpus } from '../../../src/extract/extractCorpus';

const resources = defaultResources();

const events = (body: string): string[] =>
  extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: 2024-05-08\n---\n${body}` }], resources)
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}-> ${e.target} [${e.modality}]`)
    .sort();

describe('a hoped act has not happened', () => {
  it('"hopes that X will attack Y" is hypothetical, not planned', () => {
    expect(events('Kenya hopes that Somalia will attack the rebels.')).toContain('somalia -force-> rebels [hypothetical]');
    expect(events('Kenya hopes Somalia will attack the rebels.')).toContain('somalia -force-> rebels [hypothetical]');
  });

  it('an act stated outright with "will" stays planned', () => {
    expect(events('Somalia will attack the rebels.')).toContain('somalia -force-> rebels [planned]');
  });
});

describe('the addressee of a directive does the act it is told to do', () => {
  it('"instructed X to negotiate with Y" is a planned negotiation of X; "urged X to" a hypothetical act of X', () => {
    expect(events('Erdogan instructed Foreign Minister Hakan Fidan to negotiate with Greece.')).toContain('hakan-fidan -negotiation-> greece [planned]');
    expect(events('Egypt urged Ethiopia to negotiate with Sudan.')).toEqual(expect.arrayContaining(['egypt -appeal-> ethiopia [asserted]', 'ethiopia -negotiation-> sudan [hypothetical]']));
  });
});

describe('what a request noun\'s clause asks for has not happened', () => {
  it('"renewed its demand that X withdraw": no withdrawal is stated', () => {
    const found = events('Kenya renewed its demand that Uganda withdraw its troops from Migingo.');
    expect(found).toContain('kenya -demand-> uganda [asserted]');
    expect(found.filter((t) => t.includes('-retreat->') && !t.includes('[hypothetical]'))).toEqual([]);
  });

  it('"expressed the hope that X will V": a hoped act under a modal is not planned', () => {
    expect(events('Kenya expressed the hope that Uganda will attack the rebels.')).toContain('uganda -force-> rebels [hypothetical]');
  });
});
