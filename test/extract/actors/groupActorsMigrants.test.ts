// People on the move named by their role ("migrants", "asylum seekers") are a group
// actor of their own (annotation rule 7), never a state. Sentences about other places.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples, unscoped } from '../../support/extractText';

describe('migrants and asylum seekers are groups named by their role', () => {
  it('"Greek police arrested dozens of migrants" is Greece coercing the migrants', () => {
    const r = extractArticles('Greek police arrested dozens of migrants near the port of Piraeus on Tuesday.');
    expect(relationTriples(r)).toEqual(['greece -coercion-> migrants']);
    expect(actorOf(r, 'migrants')?.kind).toBe('group');
  });

  it('"detained 40 migrants" makes one group of the migrants, counted or not', () => {
    const r = extractArticles('Hungarian police detained 40 migrants at the Serbian border. The migrants said they had walked for days.');
    expect(relationTriples(r)).toEqual(['hungary -coercion-> migrants']);
    expect(r.actors.filter((a) => a.kind === 'group').map((a) => unscoped(a.id))).toEqual(['migrants']);
  });

  it('"asylum seekers" is one two-word group', () => {
    const r = extractArticles('Libyan coast guard vessels fired on asylum seekers off Zuwara.');
    expect(relationTriples(r)).toEqual(['libya -force-> asylum-seekers']);
  });

  it('"migrant" before another noun describes it and names no group', () => {
    const r = extractArticles('Spanish police raided a migrant camp near Ceuta.');
    expect(actorOf(r, 'migrants')).toBeUndefined();
  });
});
