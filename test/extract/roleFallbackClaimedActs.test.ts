// A "to"-infinitive on a call, demand or offer names the act asked for or offered: the positional
// reading may not make its neighbours its doer and target. Sentences about other actors and conflicts.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../support/extractText';

const triples = (body: string) => relationTriples(extractArticles(body));

describe('the act a claim noun asks for or offers is no act done', () => {
  it('"rejected a call by Ethiopia to withdraw its troops": the rejection stands, no withdrawal by Ethiopia', () => {
    // The call itself is Ethiopia's appeal to Kenya (src/extract/relations/answeredRequests.ts).
    expect(triples('Kenya rejected a call by Ethiopia to withdraw its troops.')).toEqual(['ethiopia -appeal-> kenya', 'kenya -rejection-> ethiopia']);
  });

  it('an infinitive with its own asked party still reads ("called on Chad to withdraw from Niger")', () => {
    expect(triples('Nigeria called on Chad to withdraw from Niger.')).toContain('nigeria -appeal-> chad');
  });
});
