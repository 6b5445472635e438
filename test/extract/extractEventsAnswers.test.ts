// A denial answers an accusation the extractor read from an organisation's report of an act
// ("the Defense Ministry said X shelled ..."), not only one a verb stated. Sentences about other
// actors than the news benchmark, through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

const triples = (body: string) => documentTriples(body);

describe('a denial after a reported act', () => {
  it('answers the accusation the report makes: the reporting body is the target', () => {
    const found = triples('The Armenian Defense Ministry said Azerbaijani troops shelled Armenian border posts on Monday. Azerbaijani officials have denied that allegation.');
    expect(found).toContain('armenian-defense-ministry -accusation-> azerbaijan');
    expect(found).toContain('azerbaijan -rejection-> armenian-defense-ministry');
  });

  it('"the move" after such a report still stands for the reported act, not for the accusation', () => {
    const found = triples('The Armenian Defense Ministry said Azerbaijani troops shelled Armenian border posts on Monday. Russia condemned the move.');
    expect(found).toContain('russia -accusation-> azerbaijan');
    expect(found).not.toContain('russia -accusation-> armenian-defense-ministry');
  });
});
