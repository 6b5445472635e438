// A nationality before a judge or prosecutor stands for its state ("a Peruvian judge
// ordered ..."), and an apposition naming a coordinator, commissioner or rapporteur describes a person.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractDocument } from '../../../src/extract/extractEvents';
import type { SourceDocument } from '../../../src/extract/types';
import '../../support/syntaxModel';

function read(body: string) {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources());
}

describe('state officials named by nationality and office', () => {
  it('a nationality before "judge" is its state', () => {
    const r = read('On Tuesday a Peruvian judge ordered the arrest of the former minister.');
    expect(r.mentions.map((m) => `${m.surface}=${m.actorId}`)).toContain('Peruvian=peru');
  });

  it('a nationality before "prosecutor" is its state', () => {
    const r = read('Late on Friday a Malian prosecutor accused Algeria of sheltering the rebels.');
    expect(r.events.map((e) => `${e.source}>${e.target}`)).toContain('mali>algeria');
  });
});

describe('appositions that describe a person', () => {
  it('a name described as a coordinator is a person', () => {
    const r = read('Mirela Vasquez, the regional aid coordinator, urged Honduras to open its border crossings.');
    expect(r.events.map((e) => `${e.source}>${e.target}`)).toContain('mirela-vasquez>honduras');
  });
});
