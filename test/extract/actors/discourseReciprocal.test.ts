// "Each side blamed the other", "with both accusing the other": a reciprocal subject stands for the
// two parties last named together ("A and B"), and each acts on the other (src/extract/actors/discourse.ts,
// src/extract/relations/verbalFrame.ts).
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const accusations = (body: string) => documentTriples(body, { modality: true }).filter((t) => t.includes('accusation'));

describe('reciprocal subjects', () => {
  it.each([
    'Georgia and Russia clashed again on Monday. Each side has blamed the other for starting the fighting.',
    'Georgia and Russia clashed again on Monday. Each side blamed the other for the fighting.',
    'Georgia and Russia clashed again on Monday. Both sides blamed each other for the fighting.',
    'Georgia and Russia signed a truce in 2008. Since then, each has accused the other of violating it.',
    'Georgia and Russia signed a truce in 2008. There have been bitter exchanges in recent weeks, with both accusing the other of violating the truce.',
  ])('"%s": one accusation each way', (body) => {
    expect(accusations(body)).toEqual(['georgia -accusation-> russia', 'russia -accusation-> georgia']);
  });

  it.each([
    'Georgia and Russia signed a truce in 2008. There have been clashes since, with both accusing each other of violating it.',
    'Georgia and Russia signed a truce in 2008. Each country has blamed the other for the clashes.',
    'Georgia and Russia signed a truce in 2008. Each government accused the other of violating it.',
  ])('"%s": "each other" read as one word, "each country", "each government"', (body) => {
    expect(accusations(body)).toEqual(['georgia -accusation-> russia', 'russia -accusation-> georgia']);
  });

  it('"Each accused the other", with the verb tagged as a noun but given an object by the parse', () => {
    expect(accusations('Georgia and Russia exchanged fire overnight. Each accused the other of breaking the truce.')).toEqual([
      'georgia -accusation-> russia',
      'russia -accusation-> georgia',
    ]);
  });

  it('the parties named together, not the last two named', () => {
    expect(accusations('Georgia and Russia clashed on Monday. France urged calm. Each side blamed the other for the fighting.')).toEqual([
      'georgia -accusation-> russia',
      'russia -accusation-> georgia',
    ]);
  });

  it('"the two sides" read before stands for the pair "both" refers to', () => {
    const body =
      'Georgia signed a truce with Russia in 2008. Officials say the meeting was aimed at restoring trust between the two sides. There have been bitter exchanges since, with both accusing the other of violating the truce.';
    expect(accusations(body)).toEqual(['georgia -accusation-> russia', 'russia -accusation-> georgia']);
  });

  it('demonyms coordinated with a name of a state ("the Malaysian and Thai governments") are the pair', () => {
    const body = 'Both the Malaysian and Thai governments have written to the United Nations. Each side has blamed the other for the dispute.';
    expect(accusations(body)).toEqual(['malaysia -accusation-> thailand', 'thailand -accusation-> malaysia']);
  });

  it('the last two of a longer list are no pair: "Georgia, Russia and France met"', () => {
    expect(accusations('Georgia, Russia and France met on Monday. Each side blamed the other for the fighting.')).toEqual([]);
  });

  it('no pair named together before: nobody', () => {
    expect(accusations('Georgia clashed with rebels on Monday. Each side blamed the other for the fighting.')).toEqual([]);
  });

  it('without a reciprocal object "each" is no party', () => {
    expect(accusations('Georgia and Russia clashed on Monday. Each blamed France for the fighting.')).toEqual([]);
  });
});

describe('"should" and "must" make a reported act hypothetical', () => {
  it('"said the two countries should recognize each other", "said Israel should meet Hamas"', () => {
    expect(documentTriples('Serbia and Croatia held talks on Monday. Obama said the two countries should recognize each other.', { modality: true })).toEqual([
      'croatia -support-> serbia [hypothetical]',
      'serbia -negotiation-> croatia',
      'serbia -support-> croatia [hypothetical]',
    ]);
    expect(documentTriples('Trump said Israel should meet Hamas.', { modality: true })).toEqual(['israel -communication-> hamas [hypothetical]']);
  });
});
