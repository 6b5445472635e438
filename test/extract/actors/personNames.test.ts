// A person the document discovered is the same person wherever the full name stands again, also
// where nothing would make a new name a person ("Maria Kolesnikova's release").
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractDocument } from '../../../src/extract/extractEvents';
import type { SourceDocument } from '../../../src/extract/types';
import '../../support/syntaxModel';

function mentionsOf(body: string, id: string): string[] {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources()).mentions.filter((m) => m.actorId === id).map((m) => m.surface);
}

describe('a discovered person named again in full', () => {
  it('a possessive use of the full name is that person', () => {
    expect(mentionsOf("Belarus arrested the opposition leader Maria Kolesnikova in 2020. Lithuanian lawyers sought Maria Kolesnikova's release.", 'maria-kolesnikova')).toEqual(['Maria Kolesnikova', 'Maria Kolesnikova']);
  });

  it('a name the document never made a person stays nobody', () => {
    expect(mentionsOf("Lithuanian lawyers sought Maria Kolesnikova's release.", 'maria-kolesnikova')).toEqual([]);
  });
});

describe('a month or weekday before an apposition', () => {
  const people = (body: string) => {
    const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
    const result = extractDocument(doc, defaultResources());
    return result.mentions.map((m) => m.surface);
  };

  it('is no person, though a title follows it after a comma', () => {
    const surfaces = people('In early April, the president of Chile, Gabriel Boric, visited Lima. On Monday, the prime minister of Fiji, Sitiveni Rabuka, met envoys.');
    expect(surfaces).not.toContain('April');
    expect(surfaces).not.toContain('Monday');
  });
});
