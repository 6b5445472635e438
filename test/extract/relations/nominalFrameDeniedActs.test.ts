// Event nouns said through a verb around them: a denial negates the act its subject is said to have
// done ("denies attacks on X"), a verb of reaction is no act of the event noun that is its subject
// ("the recognition of X angered Y"), and plural gerund nouns ("killings") are cues as their singular.
// Sentences about other actors than the benchmark articles, run through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('an act its subject denies', () => {
  it('"Ethiopia denies attacks on Eritrean villages": the attack is Ethiopia\'s, negated', () => {
    expect(triples('Ethiopia denies attacks on Eritrean villages.')).toEqual(['ethiopia -force-> eritrea [negated]']);
  });

  it('"denied carrying out attacks on X" is negated as well', () => {
    expect(triples('Ethiopia denied carrying out attacks on Eritrea.')).toEqual(['ethiopia -force-> eritrea [negated]']);
  });
});

describe('an event noun as the subject of a verb of reaction', () => {
  it('"Uganda\'s recognition of Somaliland angered Somalia": Uganda does not back Somalia', () => {
    expect(triples("Uganda's recognition of Somaliland as an independent state angered Somalia.")).not.toContain('uganda -support-> somalia');
  });

  it('a verb of acting still takes the noun\'s doer to its object', () => {
    expect(triples('A Kenyan-led offensive drove al-Shabaab from Kismayo.')).toEqual(['kenya -force-> al-shabaab']);
  });
});

describe('plural gerund nouns', () => {
  it('"killings of Albanians by Serbian police": the police\'s state used force on them', () => {
    expect(triples('Kosovo denounced the killings of Albanians by Serbian police.')).toContain('serbia -force-> albania');
  });
});

describe('a cue noun the tagger read as an adjective', () => {
  it('"stepped up their offensive against X" with a possessor of its own is a noun', () => {
    expect(triples('Sudan moved troops north as Ethiopian troops stepped up their offensive against Tigrayan rebels.')).toContain('ethiopia -force-> tigrayan-rebels');
  });
});

describe('an act noun as the charge of an accusation', () => {
  it('"accused Somalia of attacks on Kenyan soldiers": the attack is only reported', () => {
    expect(triples('Kenya accused Somalia of attacks on Kenyan soldiers.')).toEqual(['kenya -accusation-> somalia', 'somalia -force-> kenya [reported]']);
  });
});

describe('a drive against a party', () => {
  it('"launched a drive against X" uses force on X', () => {
    expect(triples('The Nigerian army has launched a drive against Boko Haram in the northeast.')).toEqual(['nigeria -force-> boko-haram']);
  });

  it('a drive against a thing names no target', () => {
    expect(triples('Kenya launched a drive against corruption.')).toEqual([]);
  });
});

describe('an act noun in the "in" adjunct of a verb of moving in', () => {
  it('"Ugandan troops entered South Sudan in an offensive against the rebels": Uganda\'s offensive', () => {
    expect(triples('Ugandan troops entered South Sudan in an offensive against the rebels.')).toEqual(['uganda -force-> rebels']);
  });

  it('"pushed into Somalia in a drive against al-Shabaab"', () => {
    expect(triples('Kenyan troops pushed into Somalia in a drive against al-Shabaab.')).toEqual(['kenya -force-> al-shabaab']);
  });

  it('a verb of suffering is no such verb: "died in an attack on their base" names no attacker', () => {
    expect(triples('Ugandan soldiers died in an attack on their base in Somalia.')).not.toContain('uganda -force-> somalia');
  });
});
