// A state's word in front of a geographic feature's head noun names a place, not the state:
// "Congo Basin", "Jordan Valley", "Persian Gulf" (data/placeFeatures.json).
import { describe, expect, it } from 'vitest';
import { extractArticles, relationTriples } from '../../support/extractText';
import '../../support/syntaxModel';

const ids = (text: string) => extractArticles(text).actors.map((a) => a.id);

describe('regions named after a state', () => {
  it('a river basin is not the state whose name it carries', () => {
    const r = extractArticles('Rebels attacked Chinese engineers in the Congo Basin on Monday.');
    expect(relationTriples(r).some((t) => t.includes('dr-congo'))).toBe(false);
  });

  it('a valley, a lowercase feature too, is a place', () => {
    expect(ids('Settlers attacked farmers in the Jordan Valley.')).not.toContain('jordan');
    expect(ids('Settlers attacked farmers in the Jordan valley.')).not.toContain('jordan');
  });

  it('a demonym opening a sea or gulf names no state', () => {
    const r = extractArticles('Saudi Arabia accused Qatar of smuggling arms across the Persian Gulf.');
    expect(relationTriples(r)).toContain('saudi-arabia -accusation-> qatar');
    expect(r.actors.map((a) => a.id)).not.toContain('iran');
  });

  it('the state itself is still read, before and beside the region', () => {
    const r = extractArticles('Jordan criticized Israel over settlements in the Jordan Valley.');
    expect(relationTriples(r)).toContain('jordan -accusation-> israel');
  });

  it('a feature word that opens a body keyword keeps the state: "Coast Guard"', () => {
    const r = extractArticles('The Japan Coast Guard detained the Chinese captain.');
    expect(r.actors.some((a) => a.id.startsWith('japan'))).toBe(true);
  });

  it('compass points and "Bank" name a place, not a bank; a bank with a name stays one', () => {
    const r = extractArticles('Syrian troops shelled the East Bank on Monday. The Grameen Bank criticized Syria.');
    const ids = r.actors.map((a) => a.id);
    expect(ids).not.toContain('east-bank');
    expect(ids).toContain('grameen-bank');
  });
});
