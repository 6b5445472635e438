// A name before "-backed", "-led" or "-based" qualifies the noun after it: it is not the head of the
// possessive phrase around it. Sentences about other states than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';
import '../support/syntaxModel';

describe("\"Libya's U.N.-backed government\" is Libya's government", () => {
  it('the act on the government targets the state that owns it, and the backer backs it', () => {
    expect(documentTriples("Egypt criticized Libya's U.N.-backed government on Monday.")).toEqual(['egypt -accusation-> libya', 'united-nations -support-> libya']);
  });

  it('the backer is no organisation of the state: no affiliation between them', () => {
    const doc = "Egypt criticized Libya's U.N.-backed government on Monday.";
    expect(documentTriples(doc)).not.toContain('united-nations -affiliation-> libya');
  });
});
