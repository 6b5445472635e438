// Rejecting what another actor asked for or offered, said through a relative clause, rejects that actor.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('rejecting what another actor asked for or offered', () => {
  it.each([
    ['Kenya pressed for compensation, which Somalia rejected.', 'somalia -rejection-> kenya'],
    ['Kenya demanded an apology, something Somalia rejected.', 'somalia -rejection-> kenya'],
    ['Israel offered a truce that Hamas rejected on Sunday.', 'hamas -rejection-> israel'],
    ['Somalia rejected the apology Kenya demanded.', 'somalia -rejection-> kenya'],
    ['Russia proposed a ceasefire, which Ukraine refused.', 'ukraine -rejection-> russia'],
  ])('"%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it('a rejection not made keeps its negation', () => {
    expect(read('Kenya demanded an apology, something Somalia has not rejected.')).toEqual(['somalia -rejection-> kenya [negated]']);
  });

  it('what nobody asked for rejects nobody', () => {
    expect(read('Kenya built a fence, which Somalia rejected.')).toEqual([]);
  });
});
