// The followers of a named person as one group actor affiliated with that person. Sentences about
// other conflicts (Kenya, Libya, Somalia, the Gambia), none from the benchmark.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples } from '../../support/extractText';

describe('the followers of a named person are one group affiliated with the person', () => {
  it('"supporters of X", "X supporters" and "X\'s forces" name the same group, with the reason in its notes', () => {
    const r = extractArticles(
      'Supporters of opposition leader Raila Odinga attacked police stations in Kisumu on Monday. Odinga supporters say the vote was rigged. Odinga\'s forces also blocked the main road.',
    );
    const group = actorOf(r, 'odinga-loyalists');
    expect(group?.kind).toBe('group');
    expect(group?.affiliation).toBe('raila-odinga');
    expect(group?.aliases).toEqual(expect.arrayContaining(['Odinga supporters', "Odinga's forces"]));
    expect(group?.notes?.join(' ')).toContain('followers of Raila Odinga');
    expect(r.actors.filter((a) => a.kind === 'group')).toHaveLength(1);
  });

  it('"fighters loyal to X" acts in the relations the sentence states', () => {
    const r = extractArticles('Fighters loyal to former president Siad Barre attacked United Nations troops in Mogadishu.');
    expect(relationTriples(r)).toEqual(['barre-loyalists -force-> united-nations']);
  });

  it('"troops backing General X" and "pro-X forces" later in the text are one group', () => {
    const r = extractArticles('Troops backing General Khalifa Haftar shelled the airport on Tuesday. Pro-Haftar forces later withdrew from the city.');
    const groups = r.actors.filter((a) => a.kind === 'group');
    expect(groups.map((g) => g.id)).toEqual(['haftar-loyalists']);
    expect(groups[0]!.aliases).toContain('Pro-Haftar forces');
  });

  it('the bare noun of the phrase that introduced them names them again', () => {
    const r = extractArticles('Security forces loyal to ousted president Yahya Jammeh fired on protesters in Banjul. Protesters later attacked security forces near the port.');
    expect(relationTriples(r)).toContain('jammeh-loyalists -force-> protesters');
    expect(relationTriples(r)).toContain('protesters -force-> jammeh-loyalists');
  });
});

describe('no followers group where the text does not tie one to a person', () => {
  it('a leader the dictionary ties to a state makes none: "Putin\'s forces"', () => {
    const r = extractArticles("Putin's forces shelled the port of Mariupol on Sunday.");
    expect(r.actors.filter((a) => a.kind === 'group')).toEqual([]);
  });

  it('a person the text ties to a state makes none: "South Sudanese President X"', () => {
    const r = extractArticles('South Sudanese President Salva Kiir spoke in Juba. Troops loyal to Kiir shelled Bor on Monday.');
    expect(r.actors.filter((a) => a.kind === 'group')).toEqual([]);
  });

  it('a sitting leader ("President X", unqualified) makes none; a former one ("Former President X") does', () => {
    const sitting = extractArticles("President Paul Kagame spoke in Kigali. Kagame's forces crossed into Congo.");
    expect(sitting.actors.filter((a) => a.kind === 'group')).toEqual([]);
    const former = extractArticles("Former President Ali Saleh spoke in Sanaa. Saleh's forces attacked the Houthis.");
    expect(relationTriples(former)).toEqual(['saleh-loyalists -force-> houthis']);
  });

  it('"troops of X" may be a state\'s troops: only "supporters of X" is read after "of"', () => {
    const r = extractArticles('Troops of opposition leader Raila Odinga attacked police stations in Kisumu.');
    expect(actorOf(r, 'odinga-loyalists')).toBeUndefined();
  });

  it('a headline makes none, and followers of no named person make none', () => {
    const r = extractArticles('Odinga Supporters Rally in Kisumu\n\nSupporters of the ruling party marched in Nairobi, where Raila Odinga spoke.');
    expect(actorOf(r, 'odinga-loyalists')).toBeUndefined();
  });

  it('a followers noun that modifies another noun is no group: "Haftar forces commander"', () => {
    const r = extractArticles('Haftar forces commander Ahmed al-Mismari accused Turkey of sending drones.');
    expect(actorOf(r, 'haftar-loyalists')).toBeUndefined();
  });

  it('"the rebels" does not refer back to a followers group', () => {
    const r = extractArticles('Clashes between fighters loyal to Jonas Savimbi and the army spread. Officials accused the rebels of looting.');
    expect(r.events.some((e) => e.relation === 'accusation' && e.target === 'savimbi-loyalists')).toBe(false);
  });
});
