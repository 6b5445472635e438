// Judging another actor's act a wrong is an accusation by whoever judges: "X said Y violated the
// truce", "X ruled that Y had violated ...", "X called Y's move a violation", "X said Y's test was
// illegal". Only acts stated as done count, and never in plain narration.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('a wrongdoing verb in what a speaker says or rules', () => {
  it.each([
    ['Ethiopia said Eritrea violated the ceasefire.', 'ethiopia -accusation-> eritrea'],
    ['Eritrea violated the ceasefire, Ethiopia said.', 'ethiopia -accusation-> eritrea'],
    ['Kenya complained that Somalia breached the agreement.', 'kenya -accusation-> somalia'],
    ['The International Court of Justice ruled that Serbia had violated the convention.', 'international-court-of-justice -accusation-> serbia'],
    ['The International Court of Justice ruled Serbia had violated the convention.', 'international-court-of-justice -accusation-> serbia'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('a speaker the tree cannot give its subject is the one the attribution names', () => {
    expect(read('The Taliban seized the town. A provincial official - Information Minister Iftikhar Hussain - said the Taliban violated the deal.')).toContain('iftikhar-hussain -accusation-> taliban');
  });

  it('a denied, possible or narrated wrong accuses nobody', () => {
    expect(read('Ethiopia said Eritrea had not violated the ceasefire.')).toEqual([]);
    expect(read('Ethiopia said Eritrea could violate the ceasefire.')).toEqual([]);
    expect(read('Eritrea violated the ceasefire.')).toEqual([]);
  });
});

describe('an act called a wrong', () => {
  it.each([
    ["Chile called Peru's move a violation of the treaty.", 'chile -accusation-> peru'],
    ['Japan called the Chinese incursion illegal.', 'japan -accusation-> china'],
    ["Seoul said North Korea's launch was a clear violation of UN resolutions.", 'south-korea -accusation-> north-korea'],
  ])('"%s" → %s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('an act of nobody named accuses nobody', () => {
    expect(read('Japan called the incursion illegal.')).toEqual([]);
  });
});

describe('an act done to someone, called a wrong', () => {
  it.each([
    ["Cuba arrested Alan Gross in 2009. Washington called Gross's detention unlawful.", 'united-states -accusation-> cuba'],
    ['Cuba arrested Alan Gross in 2009. Washington said the detention of Gross was illegal.', 'united-states -accusation-> cuba'],
    ["Cuba arrested Alan Gross in 2009. The State Department issued a statement on Saturday that called Gross's detention unlawful.", 'us-state-department -accusation-> cuba'],
  ])('"%s": the detainer named before is accused', (body, expected) => {
    expect(read(body)).toEqual(['cuba -coercion-> alan-gross', expected]);
  });

  it('the owner of the detention is the one detained, never the accused', () => {
    expect(read("Washington called Gross's detention unlawful.")).toEqual([]);
  });
});

describe('an incursion reported by the side it entered', () => {
  it('"said that Pakistani troops infiltrated to its side" accuses them, and a denial answers it', () => {
    const read = documentTriples('The Indian army said Monday that a group of Pakistani troops infiltrated to its side of the line of control. Pakistan has denied that allegation.');
    expect(read).toEqual(['india -accusation-> pakistan', 'pakistan -rejection-> india']);
  });
});
