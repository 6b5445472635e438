// A CSV's columns take roles: the guesses the file has are chosen first; the mapping needs two
// different columns for source and target; the preview marks each chosen column with its role.
import { describe, expect, it } from 'vitest';
import { initialChoice, mappingOf, roleLabelsOf } from '../../../src/ui/import/csvRoles';

describe('csv roles', () => {
  it('keeps only the guesses the file has', () => {
    expect(initialChoice({ columns: ['from', 'to', 'when'], guess: { source: 'from', target: 'to', date: 'day' } })).toEqual({ source: 'from', target: 'to' });
  });

  it('maps once source and target are two different columns, with the optional roles chosen', () => {
    expect(mappingOf({ source: 'from' })).toBeNull();
    expect(mappingOf({ source: 'from', target: 'from' })).toBeNull();
    expect(mappingOf({ source: 'from', target: 'to', date: 'when', evidence: undefined })).toEqual({ source: 'from', target: 'to', date: 'when' });
  });

  it('labels each chosen column with its role', () => {
    expect([...roleLabelsOf({ source: 'from', target: 'to', document: 'headline' })]).toEqual([
      ['from', 'Source actor'],
      ['to', 'Target actor'],
      ['headline', 'Document'],
    ]);
  });
});
