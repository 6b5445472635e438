// Verb cues of data/relations.json curated by hand from WordNet 3.1 candidates (synonyms and direct
// troponyms of the hand verbs' main senses): each family yields its relation between two actors, and
// the senses that take things, places or nobody make no relation.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';

const readings = (body: string): string[] =>
  extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: 2026-02-04\n---\n${body}` }], defaultResources())
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}-> ${e.target} ${e.cameo}`)
    .sort();

describe('WordNet-curated verbs state their relation between two actors', () => {
  it.each([
    ['Russian forces trapped Ukrainian troops near the river.', ['russia -force-> ukraine 191']],
    ['Serbia confined Croatian soldiers to their barracks.', ['serbia -force-> croatia 191']],
    ['Ethiopian troops fired upon Eritrean positions.', ['ethiopia -force-> eritrea 190']],
    ['Turkish forces neutralized PKK militants near the border.', ['turkiye -force-> pkk 180']],
    ['Israeli troops have slain Hezbollah fighters.', ['israel -force-> hezbollah 180']],
    ['Israel pushed back Hezbollah.', ['israel -force-> hezbollah 190']],
    ['Moldova kicked out Russian diplomats on Friday.', ['moldova -sanction-> russia 160']],
    ['Chinese coast guard ships bullied Philippine vessels.', ['china -threat-> philippines 130']],
    ['Russia branded Ukraine a terrorist state.', ['russia -accusation-> ukraine 112']],
    ['Beijing lambasted Washington over Taiwan.', ['china -accusation-> united-states 111']],
    ['Putin railed against NATO.', ['vladimir-putin -accusation-> nato 111']],
    ['Hungary disavowed the statement by Poland.', ['hungary -rejection-> poland 120']],
    ['Ukraine lobbied Germany to send tanks.', ['ukraine -appeal-> germany 020']],
    ['Iran equipped the Houthis with drones.', ['iran -aid-> houthis 072']],
    ['Azerbaijan reconquered Armenian districts.', ['azerbaijan -force-> armenia 192']],
    ['Syria vowed to annihilate Islamic State.', ['syria -force-> islamic-state 180']],
    ['Nigeria impounded a Chinese ship.', ['nigeria -coercion-> china 171']],
    ['Egypt quelled Muslim Brotherhood protests.', ['egypt -coercion-> muslim-brotherhood 175']],
    ['Pyongyang blackmailed Seoul with missile tests.', ['north-korea -threat-> south-korea 130']],
    ["Beijing shrugged off Taipei's threats.", ['china -rejection-> taiwan 120']],
    ['Spain disobeyed the European Union.', ['spain -rejection-> european-union 128']],
    ['Egypt and Sudan haggled over the dam.', ['egypt -negotiation-> sudan 046']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });
});

describe('their senses that take things or nobody make no relation', () => {
  it.each([
    'Thousands of civilians were trapped in the rubble after the earthquake in Turkey.',
    'Israel pushed back the deadline for talks with Iran.',
    'Apple branded its new phones in China with a red logo.',
    'Journalists from Egypt waited in the lobby of a hotel in Jordan.',
    'The new Ukrainian brigades are equipped with German tanks.',
    'Russia vowed to wipe out the debt of Cuba.',
    'The virus is confined to two provinces of Vietnam.',
    'The floods battered the coast of Bangladesh.',
  ])('"%s"', (sentence) => {
    expect(readings(sentence)).toEqual([]);
  });
});
