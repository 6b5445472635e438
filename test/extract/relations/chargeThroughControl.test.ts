// "X accused Y of continuing to arm Z": the charge is the clause the control verb heads, so what it
// says is reported by X and done by Y, and X never does it.
import { describe, expect, it } from 'vitest';
import { documentTriples, extractArticles } from '../../support/extractText';

describe('a charge reaching its act through a control verb', () => {
  it('is reported, attributed to the accuser, and done by the accused', () => {
    const r = extractArticles('Kenya accused Eritrea of continuing to arm al-Shabab.');
    const aid = r.events.filter((e) => e.relation === 'aid').map((e) => `${e.source} -aid-> ${e.target} [${e.modality}] by ${e.attributedTo}`);
    expect(aid).toEqual(['eritrea -aid-> al-shabaab [reported] by kenya']);
  });

  it('with nobody named to receive the act, the accuser does not become its doer', () => {
    const read = documentTriples('Kenya accused Eritrea of continuing to arm the paramilitaries, an allegation Asmara denied.');
    expect(read).toContain('kenya -accusation-> eritrea');
    expect(read.filter((t) => t.includes('-aid->'))).toEqual([]);
  });
});
