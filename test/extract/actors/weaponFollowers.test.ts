// A person's weapons are the person's forces: "Haftar's tanks", "Haftar heavy artillery" name the
// group of his followers, as "Haftar's forces" does. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';

const OPENING = 'Khalifa Haftar refused to negotiate. ';

describe('weapons named by a person', () => {
  it('"Haftar\'s tanks" are his followers', () => {
    expect(relationTriples(extractArticles(OPENING + "Turkish drones struck Haftar's tanks near Tripoli."))).toContain('turkiye -force-> haftar-loyalists');
  });

  it('one adjective may stand between the name and the weapon', () => {
    expect(relationTriples(extractArticles(OPENING + 'Turkish drones struck Haftar heavy artillery near Tripoli.'))).toContain('turkiye -force-> haftar-loyalists');
  });

  it('weapons are no followers by a link after them ("artillery loyal to X")', () => {
    const r = extractArticles(OPENING + 'Turkish drones struck artillery loyal to Haftar near Tripoli.');
    expect(r.actors.map((a) => a.id)).not.toContain('haftar-loyalists');
  });
});
