// A symmetric act whose one subject stands for two parties named before ("the two sides agreed",
// "they met" after "A and B"): one event between the two (src/extract/relations/verbalFrame.ts).
// Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a plural subject of a symmetric act', () => {
  it('"The two sides agreed to a truce": an agreement between the two parties named before', () => {
    expect(documentTriples('Armenia and Azerbaijan fought for weeks near the border. The two sides agreed to a truce on Monday.')).toEqual([
      'armenia -agreement-> azerbaijan',
    ]);
  });

  it('"they agreed" after two coordinated parties: an agreement between them, with its modality', () => {
    expect(documentTriples('Peru and Chile met in Lima on Friday. They will sign a fishing accord next month.', { modality: true })).toEqual([
      'peru -agreement-> chile [planned]',
      'peru -communication-> chile',
    ]);
  });

  it('"the two countries" with one state named before stands for nobody', () => {
    expect(documentTriples('Peru hosted a summit in Lima on Friday. The two countries agreed to reopen the border.')).toEqual([]);
  });

  it('an act aimed at someone else ("talking to us", "met the mediators") is no act between the two', () => {
    expect(documentTriples('Israel and Hamas fought for months. The parties are still talking to us, he said.')).toEqual([]);
    expect(documentTriples('Israel and Hamas fought for months. The two sides met the mediators on Monday.')).toEqual([]);
  });

  it('three parties behind "they" make no pair of a symmetric act', () => {
    expect(documentTriples('The leaders of Peru, Chile and Bolivia gathered in Lima. They agreed to reopen the border.')).toEqual([]);
  });
});

describe('accusations traded both ways', () => {
  it.each([
    'Thailand and Cambodia traded accusations on Monday.',
    'Thailand and Cambodia have exchanged accusations over the temple.',
    'Thailand traded accusations with Cambodia on Monday.',
    'Thailand and Cambodia fought a border war in 2011. The two sides traded blame for the fighting.',
  ])('"%s": one accusation each way', (body) => {
    expect(documentTriples(body).filter((t) => t.includes('accusation'))).toEqual(['cambodia -accusation-> thailand', 'thailand -accusation-> cambodia']);
  });
});

describe('a bare "the two" as the subject', () => {
  it('stands for the two parties named together before: "Since then, the two have held talks"', () => {
    expect(documentTriples('Thailand and Cambodia fought a border war in 2011. Since then, the two have held three rounds of talks.')).toContain('thailand -negotiation-> cambodia');
    expect(documentTriples('Thailand and Cambodia fought a border war in 2011. The two agreed to a ceasefire on Monday.')).toContain('thailand -agreement-> cambodia');
  });

  it('stands for nobody where the two parties were not named together', () => {
    expect(documentTriples('Thailand criticized Cambodia on Sunday. Since then, the two have held three rounds of talks.')).not.toContain('thailand -negotiation-> cambodia');
  });
});

describe('more plural nouns of parties', () => {
  it.each([
    ['India and Pakistan fought three wars. The two rivals agreed to a ceasefire on Monday.', 'india -agreement-> pakistan'],
    ['India and Pakistan fought three wars. Both delegations met in Geneva on Monday.', 'india -communication-> pakistan'],
    ['India and Pakistan fought three wars. The rivals met in Geneva on Monday.', 'india -communication-> pakistan'],
  ])('"%s"', (body, event) => {
    expect(documentTriples(body)).toContain(event);
  });
});
