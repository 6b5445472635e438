// A passive participle the parser read as the main verb: "Routed by X, Y fled", "Y backed by X attacked Z".
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('a participle with a "by" agent read as the main verb', () => {
  it('an opening participle acts on the subject of the clause after its comma', () => {
    expect(read('Routed by Ethiopian troops, al-Shabaab fighters fled south.')).toEqual(['ethiopia -force-> al-shabaab']);
  });

  it('a reduced relative on the subject leaves the verb after its agent to that subject', () => {
    expect(read('Congolese soldiers supported by Angolan troops fought the M23 rebels.')).toEqual(['angola -support-> dr-congo', 'dr-congo -force-> m23']);
  });

  it('the backed side is the one that attacks, not its backer', () => {
    const triples = read('Kurdish fighters backed by American aircraft battled with Islamic State militants near Raqqa.');
    expect(triples).not.toContain('united-states -force-> islamic-state');
  });

  it('a participle with no "by" agent is no such clause', () => {
    expect(read('The rebels were defeated, and Kenya condemned Somalia.')).toEqual(['kenya -accusation-> somalia']);
  });
});

describe('an adverbial passive participle', () => {
  it('is done to the main clause\'s subject by its agent', () => {
    expect(read('Backed by Russia, Abkhaz separatists seized the town.')).toEqual(['russia -support-> abkhaz-separatists']);
  });

  it('an adverbial clause with a subject of its own is no reduced passive', () => {
    expect(read('After Uganda was attacked by the rebels, Kenya closed its border.')).not.toContain('rebels -force-> kenya');
  });
});

describe('an utterance filed or submitted', () => {
  it('a complaint or petition with a participle clause is said by whoever files it', () => {
    expect(read('Kenya filed a complaint accusing Somalia of violating the treaty.')).toContain('kenya -accusation-> somalia');
    expect(read('Chile submitted a petition urging Peru to withdraw.')).toContain('chile -appeal-> peru');
  });
});
