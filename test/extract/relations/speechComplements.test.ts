// What a speech or directive verb's complement commits to: an urged, hoped or instructed act is not
// done (src/extract/relations/treeModality.ts, data/lexicon.json). Sentences about other conflicts.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractCorpus } from '../../../src/extract/extractCorpus';
import { unscoped } from '../../support/extractText';

const resources = defaultResources();

const events = (body: string): string[] =>
  extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: 2024-05-08\n---\n${body}` }], resources)
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${unscoped(e.source)} -${e.relation}-> ${unscoped(e.target)} [${e.modality}]`)
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

describe('a directive verb asks its object to act', () => {
  it('"told X to V", "encouraged X to V", "advised X to V" appeal to X; a negated one appeals to nobody', () => {
    expect(events('Ghana told Togo to close the border.')).toContain('ghana -appeal-> togo [asserted]');
    expect(events('Ghana encouraged Togo to join the talks.')).toContain('ghana -appeal-> togo [asserted]');
    expect(events('Ghana advised Togo to sign the deal.')).toContain('ghana -appeal-> togo [asserted]');
    expect(events('Ghana did not tell Togo to close the border.')).toEqual([]);
  });

  it('a person told to act is spoken to as well', () => {
    expect(events('Erdogan told Putin to close the border.')).toEqual(expect.arrayContaining(['recep-tayyip-erdogan -appeal-> vladimir-putin [asserted]', 'recep-tayyip-erdogan -communication-> vladimir-putin [asserted]']));
  });

  it('"its troops" in the act asked of another are the asked one\'s, so the asker is not withdrawn from', () => {
    expect(events('Kenya urged Uganda to withdraw its troops.').filter((t) => t.includes('-retreat->'))).toEqual([]);
  });
});

describe('an act one is warned off or kept from has not happened', () => {
  it('"warned X against attacking Y", "deterred X from attacking Y": X would be the doer, hypothetically', () => {
    expect(events('Chile warned Bolivia against attacking Peru.')).toEqual(expect.arrayContaining(['chile -threat-> bolivia [asserted]', 'bolivia -force-> peru [hypothetical]']));
    expect(events('The alliance deterred Bolivia from attacking Peru.')).toContain('bolivia -force-> peru [hypothetical]');
  });

  it('"refrained from attacking" is negated; "did not refrain from attacking" is not', () => {
    expect(events('Bolivia refrained from attacking Peru.')).toEqual(['bolivia -force-> peru [negated]']);
    expect(events('Bolivia did not refrain from attacking Peru.')).toEqual(['bolivia -force-> peru [asserted]']);
  });
});

describe('"charged that", "charged X with V-ing": the charge is reported speech of the accuser', () => {
  it('the accused does the charged act, reported', () => {
    expect(events('Chad charged Sudan with arming the rebels.').filter((t) => t.includes('-aid->'))).toEqual(['sudan -aid-> rebels [reported]']);
    expect(events('Chad charged that Sudan was arming the rebels.').filter((t) => t.includes('-aid->'))).toEqual(['sudan -aid-> rebels [reported]']);
  });

  it('"helped X with training" charges no one: the helper stays the doer', () => {
    expect(events('Chad helped Niger with training its troops.')).not.toContain('niger -aid-> chad [reported]');
  });
});
