// A demonym in front of a government noun names the state, however the tagger reads the noun and
// whatever words stand between: sentences about other states than the benchmark's.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../support/extractText';
import '../support/syntaxModel';

describe('demonym + institution noun is the state', () => {
  it('"the Ethiopian military" (a noun the tagger reads as an adjective) accuses as Ethiopia', () => {
    // The charged shelling, with no one named as hit, is Eritrea's reported act on Ethiopia (relations/accuserTargets.ts).
    expect(relationTriples(extractArticles('The Ethiopian military accused Eritrea of shelling the border town.'))).toEqual(['eritrea -force-> ethiopia', 'ethiopia -accusation-> eritrea']);
  });

  it('"the Bolivian defense ministry": the ministry two words after the demonym', () => {
    expect(relationTriples(extractArticles('The Bolivian defense ministry condemned Chile on Tuesday.'))).toEqual(['bolivia -accusation-> chile']);
  });

  it('"a Kenyan military spokesman" speaks for Kenya', () => {
    expect(relationTriples(extractArticles('A Kenyan military spokesman criticized Somalia on Friday.'))).toEqual(['kenya -accusation-> somalia']);
  });

  it('a demonym before a word that is no institution is still no actor: "Peruvian fishermen"', () => {
    expect(relationTriples(extractArticles('A Peruvian novel criticized Chile.'))).toEqual([]);
  });

  it('coordinated demonyms before plural institution nouns name both states: "the Georgian and Russian foreign ministers", "presidents", "delegations", "armies"', () => {
    expect(relationTriples(extractArticles('The Georgian and Russian foreign ministers met in Geneva on Monday.'))).toEqual(['georgia -communication-> russia']);
    expect(relationTriples(extractArticles('The Georgian and Russian presidents signed a truce on Monday.'))).toEqual(['georgia -agreement-> russia']);
    expect(relationTriples(extractArticles('The Indian and Pakistani delegations met in Geneva on Monday.'))).toEqual(['india -communication-> pakistan']);
    expect(relationTriples(extractArticles('The Indian and Pakistani armies exchanged fire along the border.'))).toEqual(['india -force-> pakistan', 'pakistan -force-> india']);
  });
});

describe('demonym before a noun compound whose head the state owns', () => {
  it('"an unmanned Eritrean spy plane": the compound\'s last noun, a plane, is the state\'s', () => {
    expect(relationTriples(extractArticles('Ethiopian jets shot down an unmanned Eritrean spy plane over the border on Monday.'))).toEqual(['ethiopia -force-> eritrea']);
  });

  it('a compound whose head no state owns still names no actor: "a Peruvian soap opera"', () => {
    expect(relationTriples(extractArticles('Chile banned a Peruvian soap opera on Monday.'))).toEqual([]);
  });
});
