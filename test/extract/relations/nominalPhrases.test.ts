// The phrases written right after an event noun, read in text order where the parser hung them
// elsewhere: "attacks by A and B troops against C", "talks between A, B and C". Sentences about
// other actors than the benchmark articles, run through the whole pipeline with the committed syntax model.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const triples = (body: string) => documentTriples(body, { modality: true });

describe('an agent and a target phrase after the event noun', () => {
  it('"attacks by Kenyan and Ugandan troops against al-Shabaab positions": each demonym attacks the group', () => {
    expect(triples('The fighting followed overnight attacks by Kenyan and Ugandan troops against al-Shabaab positions.')).toEqual([
      'kenya -force-> al-shabaab',
      'uganda -force-> al-shabaab',
    ]);
  });

  it('a name owning another noun in the target phrase is no target ("for any Kenyan interference")', () => {
    expect(triples('Ethiopia is on high alert for any Kenyan interference in Somalia.')).not.toContain('ethiopia -mobilization-> kenya');
  });

  it('a demonym before a person is no state: "the detention of a Somali fishing captain by Kenya" detains no Somalia', () => {
    expect(triples('Mogadishu protested the detention of a Somali fishing captain by Kenya.')).not.toContain('kenya -coercion-> somalia');
  });
});

describe('the parties of a "between" list', () => {
  it('"talks between Ethiopia, Eritrea and Sudan": every two of them negotiate', () => {
    expect(triples('The peace talks between Ethiopia, Eritrea and Sudan resumed in Nairobi on Monday.').sort()).toEqual([
      'eritrea -negotiation-> sudan',
      'ethiopia -negotiation-> eritrea',
      'ethiopia -negotiation-> sudan',
    ]);
  });

  it('titled leaders in the list each take part', () => {
    expect(triples('Officials described peace talks between Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan.')).toHaveLength(3);
  });
});

describe('a named place between the noun and its phrases', () => {
  it('"rallies in Nairobi against President William Ruto": the place is passed over', () => {
    expect(triples('Opposition supporters staged rallies in Nairobi against President William Ruto.')).toEqual(['opposition-supporters -protest-> william-ruto']);
  });

  it('"talks in Geneva between Ethiopia and Eritrea"', () => {
    expect(triples('The talks in Geneva between Ethiopia and Eritrea resumed on Monday.')).toEqual(['ethiopia -negotiation-> eritrea']);
  });

  it('another event in between keeps its own phrases: "mediation in peace negotiations with Sudan" mediates with no one', () => {
    expect(triples('Egypt is opposed to Kenyan mediation in peace negotiations with Sudan.')).not.toContain('kenya -mediation-> sudan');
  });
});
