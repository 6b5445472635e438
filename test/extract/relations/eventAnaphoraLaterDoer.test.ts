// A lead reacting to an act on someone before the article says who did it: the doer comes from the
// sentences after ("Germany criticized the extension of X's house arrest. ... Police arrested X").
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('an act on a patient whose doer a later sentence names', () => {
  it('targets the doer of the first act on that patient after it, for every joined critic', () => {
    const body = "Germany has joined France and the European Union in criticizing the extension of Brazilian opposition leader Ana Souza's house arrest. The activist has been under detention since 2019. Brazilian police arrested Ana Souza in March 2019.";
    expect(read(body)).toEqual(['brazil -coercion-> ana-souza', 'european-union -accusation-> brazil', 'france -accusation-> brazil', 'germany -accusation-> brazil']);
  });

  it('gives nothing when no later sentence names who did it', () => {
    const body = "Germany condemned the extension of Brazilian opposition leader Ana Souza's detention. The activist has been under detention since 2019. She won a prize in 2021.";
    expect(read(body)).toEqual([]);
  });

  it('gives nothing when the act named later is too far on', () => {
    const filler = ' The weather was cold.'.repeat(7);
    const body = `Germany condemned the extension of Brazilian opposition leader Ana Souza's detention.${filler} Brazilian police arrested Ana Souza in March 2019.`;
    expect(read(body)).toEqual(['brazil -coercion-> ana-souza']);
  });

  it('never makes the critic its own target', () => {
    const body = "Brazil criticized the extension of opposition leader Ana Souza's detention. Brazilian police arrested Ana Souza in March 2019.";
    expect(read(body)).toEqual(['brazil -coercion-> ana-souza']);
  });
});
