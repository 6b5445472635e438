// Names of bodies that hold "and", "of the", "for the" are kept whole, from capitalisation and the
// parse; an acronym after "or" that spells the initials is the body's alias (one node, not two).
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

const ids = (text: string) => extractArticles(text).actors.map((a) => a.id);

describe('long names of bodies', () => {
  it('a title word coordinated with a name word opens the body name: "Peace and Justice Front"', () => {
    const r = extractArticles('The Justice and Development Front attacked Malian troops near Gao.');
    expect(relationTriples(r)).toContain('justice-and-development-front -force-> mali');
  });

  it('a title word and a person after it stay a title and a person', () => {
    const found = ids('Justice Minister Ali Kushayb criticized Chad on Monday.');
    expect(found).toContain('ali-kushayb');
  });

  it('"for the" and "of the" parts that hang on the name in the parse stay in it', () => {
    const found = ids('Angola blamed the Front for the Liberation of the Cabinda Enclave for the ambush.');
    expect(found).toContain('front-for-the-liberation-of-the-cabinda-enclave');
  });

  it('a region inside the name does not make the state an actor: "... of the Congo Basin"', () => {
    const r = extractArticles('The army attacked the Movement for the Defence of the Congo Basin, the rebel group said.');
    expect(r.actors.map((a) => a.id)).toContain('movement-for-the-defence-of-the-congo-basin');
    expect(r.actors.map((a) => a.id)).not.toContain('dr-congo');
  });

  it('an acronym after "or" spelling the initials in another order is an alias, not a second actor', () => {
    const r = extractArticles('Troops clashed with the National Liberation Front of Angola or FNLA on Monday. FNLA fighters attacked Angola on Tuesday.');
    const found = r.actors.map((a) => a.id);
    expect(found).toContain('national-liberation-front-of-angola');
    expect(found).not.toContain('fnla');
  });

  it('an acronym after "or" that spells other initials stays apart', () => {
    const found = ids('Angola criticized the National Liberation Front of Angola or UNITA on Monday.');
    expect(found).not.toContain('fnla');
    expect(found.filter((id) => id === 'national-liberation-front-of-angola')).toHaveLength(1);
  });
});

describe('a state demonym inside a body name', () => {
  it('goes on into the name word after it: "Union of Kenyan Parliaments", not "Union of Kenyan"', () => {
    const found = ids('The Union of Kenyan Parliaments criticized Gabon on Tuesday.');
    expect(found).toContain('union-of-kenyan-parliaments');
    expect(found).not.toContain('union-of-kenyan');
  });

  it('a state named at the end still ends the name: "Revolutionary Front of Guinea"', () => {
    expect(ids('The Revolutionary Front of Guinea attacked soldiers near Kindia.')).toContain('revolutionary-front-of-guinea');
  });

  it('"Community" heads a body name: "Sahel Community of States"', () => {
    expect(ids('Mali asked the Sahel Community of States to condemn the raid.')).toContain('sahel-community-of-states');
  });
});
