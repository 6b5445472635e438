// States recognised by part of the world (data/gazetteer/country-extras.json, "include") are actors
// like any other: news reports what they do and what is done to them.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

describe('a partially recognised state', () => {
  it('acts and is acted upon under its name, its capital and its demonym', () => {
    expect(documentTriples('Kosovo accused Serbia of massing troops on the border.')).toEqual(['kosovo -accusation-> serbia']);
    expect(documentTriples('Serbia rejected the Kosovar proposal on Monday.')).toEqual(['serbia -rejection-> kosovo']);
    expect(documentTriples('Pristina and Belgrade agreed to resume talks.')).toContain('kosovo -agreement-> serbia');
  });
});
