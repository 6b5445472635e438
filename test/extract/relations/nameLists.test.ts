// Names listed in the text with titles between them, which the parser does not coordinate, and
// "talks between" parties hung on a time word. Sentences about other actors than the benchmark
// articles, run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a meeting with a written-out list of titled names', () => {
  it('"met President A, Prime Minister B and Foreign Minister C": one event per listed person', () => {
    expect(triples('Sergei Lavrov met President Bashar al-Assad, Prime Minister Walid Muallem and Foreign Minister Robert Mugabe in Damascus on Monday.')).toEqual([
      'sergei-lavrov -communication-> bashar-al-assad',
      'sergei-lavrov -communication-> robert-mugabe',
      'sergei-lavrov -communication-> walid-muallem',
    ]);
  });

  it('every listed person is met, one named after a "-designate" title included', () => {
    expect(triples('Sergei Lavrov met negotiators in Harare before meeting President Robert Mugabe, prime minister-designate Morgan Tsvangirai and Foreign Minister Walid Muallem.')).toEqual([
      'sergei-lavrov -communication-> morgan-tsvangirai',
      'sergei-lavrov -communication-> robert-mugabe',
      'sergei-lavrov -communication-> walid-muallem',
    ]);
  });

  it('a name after "and" that is the subject of its own clause is no list member', () => {
    expect(triples('Sergei Lavrov met President Bashar al-Assad, and Walid Muallem said the talks went well.')).not.toContain('sergei-lavrov -communication-> walid-muallem');
  });

  it('without a closing "and" a comma-separated name is no list member', () => {
    expect(triples('Sergei Lavrov met President Bashar al-Assad, Walid Muallem said.')).not.toContain('sergei-lavrov -communication-> walid-muallem');
  });
});

describe('talks between parties', () => {
  it('"peace talks Friday between A and B": the phrase on the time word names the parties', () => {
    expect(triples('Officials described the talks Friday between Armenia and Azerbaijan as constructive.')).toEqual(['armenia -negotiation-> azerbaijan']);
  });

  it('"Syria peace talks between A and B": the modifier is the topic, "between" names the parties', () => {
    expect(triples('The Syria peace talks between Turkey and Iran ended on Monday.')).toEqual(['turkiye -negotiation-> iran']);
  });
});
