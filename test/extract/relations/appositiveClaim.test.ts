// "X accused Y of Z, a charge W denied": the closing clause is a relative clause on the claim noun,
// which stands in apposition to the accusation; the accusation keeps its own arguments.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true }).filter((t) => !t.includes('-force->'));

describe('a claim in apposition after a comma', () => {
  it('leaves the accusation before it whole', () => {
    expect(read('Israel accused Hamas of using civilians as shields, a charge the group rejected.')).toEqual(['israel -accusation-> hamas']);
  });

  it('its closing verb rejects the one who made the claim, outside what that one says', () => {
    expect(read('India blamed Pakistan for the attack, an accusation Islamabad denied.')).toEqual(['india -accusation-> pakistan', 'pakistan -rejection-> india']);
    expect(read('Kyiv says Russian forces shelled the plant, a claim Moscow denies.')).toEqual(['russia -rejection-> ukraine']);
  });
});
