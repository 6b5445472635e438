// Announcing a response still to come, aimed at another actor or at what it may do, threatens it:
// the threat is made by saying so (asserted), whatever tense the response has.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('a response still to come is a threat', () => {
  it.each([
    ["Kenya vowed to respond firmly to al-Shabaab's attacks.", 'kenya -threat-> al-shabaab'],
    ['South Korea will respond if North Korea fires at its ships.', 'south-korea -threat-> north-korea'],
    ['Israel will respond appropriately to any Iranian provocations.', 'israel -threat-> iran'],
    ['China warned that it would retaliate if Taiwan declared independence.', 'china -threat-> taiwan'],
    ['Turkey said it would respond to any Greek provocation.', 'turkiye -threat-> greece'],
  ])('"%s" → %s', (sentence, expected) => {
    // The condition's own act may be read too, as hypothetical ("if North Korea fires at its ships").
    expect(read(sentence).filter((t) => !t.endsWith('[hypothetical]'))).toEqual([expected]);
  });

  it('a response already made or ruled out threatens nobody', () => {
    expect(read("Kenya responded to al-Shabaab's attacks with air strikes.").filter((t) => t.includes('threat'))).toEqual([]);
    expect(read("Kenya will not respond to al-Shabaab's attacks.")).toEqual([]);
    expect(read('Kenya asked whether Somalia would retaliate.').filter((t) => t.startsWith('somalia -threat'))).toEqual([]);
  });
});

describe('a threat on a condition', () => {
  it('threatens the actor of the condition when the threatened act names nobody', () => {
    expect(read('Russia threatened to halt gas deliveries if Ukraine did not pay its debts.')).toEqual(['russia -threat-> ukraine']);
  });

  it('an act aimed at someone names the threatened itself; a threat not made threatens nobody', () => {
    expect(read('Iran threatened to strike Israel if it attacked.')).toEqual(['iran -force-> israel [hypothetical]', 'iran -threat-> israel']);
    expect(read('Russia did not threaten to halt gas deliveries if Ukraine refused.')).toEqual([]);
  });
});
