// Intentions denied or left as the only way: "had no plans to ask X" negates the asking,
// "had no choice but to attack" does not negate the attack.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('a negated intention noun', () => {
  it('negates a request hung on the verb that has the intention', () => {
    expect(read('Kenya has no plans to ask Uganda to boost its participation.')).toEqual(['kenya -appeal-> uganda [negated]']);
  });

  it('leaves an intention that is not negated planned', () => {
    expect(read('Kenya has plans to ask Uganda to send troops.')).toEqual(['kenya -appeal-> uganda [planned]']);
  });

  it('still negates an act under "no intention to"', () => {
    expect(read('Kenya has no intention to attack Somalia.')).toEqual(['kenya -force-> somalia [negated]']);
  });
});

describe('"no choice but to"', () => {
  it('is no negation of the act left to do', () => {
    expect(read('Kenya had no choice but to attack al-Shabaab.')).toEqual(['kenya -force-> al-shabaab']);
    expect(read('Kenya said it had no option but to strike Somalia.')).toEqual(['kenya -force-> somalia [reported]']);
  });
});

describe('"unable to"', () => {
  it('negates the act its subject could not do', () => {
    expect(read('Kenya was unable to attack al-Shabaab.')).toEqual(['kenya -force-> al-shabaab [negated]']);
    expect(read('Kenyan forces took the port last week, but have been unable to capture al-Shabaab leader Ahmed Diriye.')).toContain('kenya -force-> ahmed-diriye [negated]');
  });
});
