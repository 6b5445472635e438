// Recalling an ambassador or envoy reduces ties with the state it was posted to (CAMEO 161).
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a recalled ambassador', () => {
  it('reduces ties with the state named after "from" or "to"', () => {
    expect(documentTriples('Kenya recalled its ambassador from Somalia.')).toEqual(['kenya -sanction-> somalia']);
    expect(documentTriples('Saudi Arabia recalled its envoy to Qatar on Monday.')).toEqual(['saudi-arabia -sanction-> qatar']);
  });

  it('is no reduction when what is recalled is no envoy', () => {
    expect(documentTriples('Kenya recalled its troops from Somalia.')).not.toContain('kenya -sanction-> somalia');
  });
});
