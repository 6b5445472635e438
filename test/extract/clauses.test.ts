// Clause-level rules found while checking the engine on held-out wire copy, each on new sentences.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import type { ExtractionResult } from '../../src/extract/types';

const run = (body: string): ExtractionResult =>
  extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: 2025-06-04\n---\n${body}` }], defaultResources());
const triples = (r: ExtractionResult) =>
  r.events
    .filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}-> ${e.target}`)
    .sort();

describe('clauses', () => {
  it('"X said that ..., and accused Y": the second verb is the speaker\'s own act', () => {
    const r = run('Erdogan said on Monday that Turkey would stay neutral, and accused Greece of provocations.');
    expect(triples(r)).toEqual(['recep-tayyip-erdogan -accusation-> greece']);
    expect(r.events[0]!.attributedTo).toBeUndefined();
  });

  it('a noun-phrase cue never swallows a verb: "Russian drones struck ..." is a strike', () => {
    expect(triples(run('Russian drones struck power plants in Ukraine on Tuesday.'))).toEqual(['russia -force-> ukraine']);
  });

  it('"ships of X" are X acting', () => {
    expect(triples(run('Warships of the Chinese navy fired on Vietnamese boats on Monday.'))).toContain('china -force-> vietnam');
  });

  it('"asked X to press Y": X is who presses', () => {
    expect(triples(run('Kenya asked Ethiopia to press Eritrea on the border.'))).toEqual(['ethiopia -appeal-> eritrea', 'kenya -appeal-> ethiopia']);
  });

  it('mutual cues go both ways: "Indian and Chinese troops exchanged fire"', () => {
    expect(triples(run('Indian and Chinese troops exchanged fire on Sunday.'))).toEqual(['china -force-> india', 'india -force-> china']);
  });

  it('a state adjective opens an acronym definition: "the Sudanese Armed Forces (SAF)"', () => {
    const r = run('The Sudanese Armed Forces (SAF) shelled Omdurman. Chad urged the SAF to stop.');
    const saf = r.actors.find((a) => a.id === 'sudanese-armed-forces');
    expect(saf).toMatchObject({ kind: 'organization', affiliation: 'sudan' });
    expect(triples(r)).toContain('chad -appeal-> sudanese-armed-forces');
  });

  it('"in early March" is the first ten days of March', () => {
    const r = run('Iran met Oman in early March.');
    expect(r.events[0]).toMatchObject({ date: '2025-03-01', dateEnd: '2025-03-10', datePrecision: 'day' });
  });

  it('"an attack that killed ..." has no actor as its subject', () => {
    const r = run('Peru accused Bolivia of hiding the rebels behind a March attack that killed 12 people, a charge La Paz denies.');
    expect(triples(r)).toEqual(['peru -accusation-> bolivia']);
    // "a March attack" names the attack; the accusation itself is undated in the text.
    expect(r.events[0]).toMatchObject({ datePrecision: 'document' });
  });

  it('a date framed by a time preposition still dates the clause: "during the June war"', () => {
    const r = run('During the June war, Israel struck Iran.');
    expect(r.events[0]).toMatchObject({ date: '2025-06', datePrecision: 'month' });
  });
});
