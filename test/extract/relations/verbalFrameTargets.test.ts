// Targets and doers a cue verb's frame reads beyond its subject and object: a frontier's other side,
// a passive's "from" attachment, a relative pronoun standing for its noun. Sentences about other
// actors and conflicts than the news benchmark, run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('a frontier stands for the state on its other side', () => {
  it('troops massed on "its border with Eritrea" are aimed at Eritrea', () => {
    expect(triples('Ethiopia has been massing troops on its border with Eritrea.')).toEqual(['ethiopia -mobilization-> eritrea']);
  });

  it('coordinated subjects ordering troops to "their borders with" a neighbour each aim at it', () => {
    expect(triples('Kenya and Uganda have ordered troops to their borders with Somalia.')).toEqual(['kenya -mobilization-> somalia', 'uganda -mobilization-> somalia']);
  });

  it('a border named with nobody beyond it gives no target', () => {
    expect(triples('Ethiopia has been massing troops on its border.')).toEqual([]);
  });
});

describe('a passive of force with no "by" agent takes its "from" attachment as the doer', () => {
  it('"were shelled from the Pakistani side"', () => {
    expect(triples('Indian border posts were shelled from the Pakistani side on Monday.')).toEqual(['pakistan -force-> india']);
  });

  it('in a complement without "that", with the "from" phrase hung on a time noun', () => {
    expect(triples('Armenia says its troops along the border were shelled on Monday from the Azerbaijani side.')).toEqual(['armenia -accusation-> azerbaijan', 'azerbaijan -force-> armenia [reported]']);
  });

  it('other relations keep "from" as a place left, not a doer', () => {
    expect(triples('Ugandan peacekeepers were withdrawn from Somalia in March.')).not.toContain('somalia -retreat-> uganda');
  });
});

describe('a relative pronoun as object stands for the noun its clause hangs on', () => {
  it('"Hamas, which Israel attacked on Monday, ..." targets Hamas', () => {
    expect(triples('Hamas, which Israel attacked on Monday, denied the report.')).toEqual(['israel -force-> hamas']);
  });

  it('"the PKK, which Ankara accuses of ..." read with the name as the verb\'s compound still targets the PKK', () => {
    expect(triples('Turkish troops entered Iraq in a drive against the Kurdistan Workers Party, which Ankara accuses of using bases in Iraq.')).toContain('turkiye -accusation-> pkk');
  });
});

describe('what a repaired tree gives a cue verb', () => {
  it('a name in apposition to the object is held, through "continue to"', () => {
    expect(triples('Ugandan police continue to hold the opposition leader, Bobi Wine.')).toEqual(['uganda -coercion-> bobi-wine']);
  });

  it('"helping build Syria a reactor": the helped one is the object of the bare verb', () => {
    expect(triples('Iran had apparently been helping build Syria a nuclear reactor.')).toEqual(['iran -aid-> syria']);
  });
});

describe('a later conjunct that holds its own object shares the first conjunct\'s target', () => {
  it('"ordered troops to their borders with Somalia and cut diplomatic ties": both acts aim at Somalia', () => {
    expect(triples('Kenya and Uganda have ordered troops to their borders with Somalia and cut diplomatic ties.')).toEqual([
      'kenya -mobilization-> somalia',
      'kenya -sanction-> somalia',
      'uganda -mobilization-> somalia',
      'uganda -sanction-> somalia',
    ]);
  });

  it('a conjunct naming what it acts on keeps to it ("accused X of ... and called for rallies")', () => {
    expect(triples('Ethiopian officials accused Eritrea and Sudan of stirring unrest and called for nationwide rallies.')).toEqual([
      'ethiopia -accusation-> eritrea',
      'ethiopia -accusation-> sudan',
    ]);
  });

  it('"cut diplomatic ties" with nobody named gives no event', () => {
    expect(triples('Chad cut diplomatic ties on Monday.')).toEqual([]);
  });
});

describe('a threatened act names whom the threat is aimed at', () => {
  it('a time phrase between "threatened" and its infinitive does not lose the target', () => {
    expect(triples('Kenya threatened on Tuesday to cut off electricity to Somalia.')).toEqual(['kenya -threat-> somalia']);
  });

  it('whom a threatened act leaves is its target: "threatened to secede from"', () => {
    expect(triples('The Kenyan parliament threatened on Monday to secede from Somalia.')).toEqual(['kenyan-parliament -threat-> somalia']);
  });

  it('"from" names no target of an act that is not threatened', () => {
    expect(triples('Kenya agreed to withdraw its troops from Somalia.')).not.toContain('kenya -agreement-> somalia');
  });
});

describe('a crowd counted in thousands is the group it counts', () => {
  it('"thousands of Ugandan students demonstrated against Kenya": the students protest', () => {
    expect(triples('On Sunday, thousands of Ugandan students demonstrated against Kenya.')).toEqual(['ugandan-students -protest-> kenya']);
  });

  it('"Hundreds of ..." opening the sentence, which the parser reads as a name, is the crowd too', () => {
    expect(triples('Hundreds of Somali protesters rallied against Kenya on Sunday.')).toEqual(['somali-protesters -protest-> kenya']);
  });
});
