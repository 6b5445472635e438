// A name the parser split into two subjects ("The United Nations Security Council") is one subject.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a name split into two subjects', () => {
  it('acts as one subject of coordinated verbs', () => {
    expect(documentTriples("The United Nations Security Council condemned and opposed Iran's missile test.")).toEqual([
      'un-security-council -accusation-> iran',
      'un-security-council -rejection-> iran',
    ]);
  });

  it('two subjects joined by "and" stay two actors', () => {
    expect(documentTriples('Kenya and Uganda condemned the attack by al-Shabab.')).toEqual(['kenya -accusation-> al-shabaab', 'uganda -accusation-> al-shabaab']);
  });
});
