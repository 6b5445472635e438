// "the OPEC nation", "the NATO country": a noun naming one member of an organisation is not the organisation.
// Sentences about other actors.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('an organisation named right before a noun of its member states', () => {
  it('"sanctions on the OPEC nation" target no OPEC', () => {
    const triples = documentTriples('Britain tightened sanctions on the OPEC nation in May.');
    expect(triples.filter((t) => t.includes('opec'))).toEqual([]);
  });

  it('"the NATO country" criticised by Russia is not NATO', () => {
    const triples = documentTriples('Russia criticized the NATO country for hosting the drills.');
    expect(triples.filter((t) => t.includes('nato'))).toEqual([]);
  });

  it('the organisation itself is still a party where no member noun follows it', () => {
    expect(documentTriples('Britain imposed sanctions on OPEC in March.')).toContain('united-kingdom -sanction-> opec');
    expect(documentTriples('Russia criticized NATO for hosting the drills.')).toContain('russia -accusation-> nato');
  });
});
