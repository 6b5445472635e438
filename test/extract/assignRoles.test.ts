// The positional reading of roles (src/extract/assignRoles.ts), which stands in where the parse lost
// a cue's arguments. Sentences about other actors and conflicts, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../support/extractText';

const triples = (body: string) => relationTriples(extractArticles(body));

describe('a preposition that opens a clause', () => {
  it('"after Malian forces attacked": the subject after "after" is the verb\'s, not the main clause\'s', () => {
    expect(triples('Niger and Chad cut diplomatic ties with Mali after Malian forces attacked Chadian troops.')).toEqual([
      'chad -sanction-> mali',
      'mali -force-> chad',
      'niger -sanction-> mali',
    ]);
  });

  it('"after its troops shelled": a possessive pronoun subject after "after"', () => {
    expect(triples('Kenya closed its border with Somalia after its troops shelled Kenyan police posts.')).toEqual(['somalia -force-> kenya']);
  });
});
