// Word classes where our tagger overrules wink-nlp: a sentence's capitalised first word that is a
// common noun ("Talks between A and B resumed"), and a verb's -s form after a preposition or a
// participle ("despite calls by X").
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { readSyntax } from '../../src/extract/documentSyntax';
import { extractDocument } from '../../src/extract/extractEvents';
import type { SourceDocument, Token } from '../../src/extract/types';
import '../support/syntaxModel';

function tokenOf(text: string, word: string): Token {
  const t = readSyntax(text, defaultResources()).tokens.find((w) => w.text === word);
  if (!t) throw new Error(`no token ${word}`);
  return t;
}

function events(body: string): string[] {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources()).events.map((e) => `${e.source} -${e.relation}-> ${e.target}`);
}

describe('a common noun opening a sentence', () => {
  it('is a noun with its lemma, not a name', () => {
    const t = tokenOf('Negotiations between Serbia and Kosovo stalled in Brussels.', 'Negotiations');
    expect(t.pos).toBe('NOUN');
    expect(t.lemma).toBe('negotiation');
  });

  it('keeps a name opening the sentence a name', () => {
    expect(tokenOf('Kosovo rejected the proposal on Monday.', 'Kosovo').pos).toBe('PROPN');
  });

  it('leaves a capitalised word before a noun alone ("Polish farmers": a demonym)', () => {
    expect(tokenOf('Polish farmers blocked the border on Monday.', 'Polish').pos).not.toBe('NOUN');
  });

  it('reads the event it names', () => {
    expect(events('Negotiations between Serbia and Kosovo stalled in Brussels.')).toContain('serbia -negotiation-> kosovo');
    const clashes = events('Clashes between Sudanese and Chadian troops killed twelve people near the border.');
    expect(clashes).toContain('sudan -force-> chad');
  });
});

describe('an -s form after a preposition or a participle', () => {
  it('is a plural noun where our tagger reads one', () => {
    expect(tokenOf('Peru remained defiant despite calls by Chile for a new border survey.', 'calls').pos).toBe('NOUN');
  });

  it('stays a verb after a name', () => {
    expect(tokenOf('Chile calls for a new border survey.', 'calls').pos).toBe('VERB');
  });
});

describe('an -ing form with a noun\'s modifier or an "of" phrase', () => {
  it('is a noun naming the act', () => {
    const t = tokenOf('Eritrean shelling of Ethiopian villages killed four farmers.', 'shelling');
    expect(t.pos).toBe('NOUN');
    expect(events('Eritrean shelling of Ethiopian villages killed four farmers.')).toContain('eritrea -force-> ethiopia');
  });

  it('stays a verb after an auxiliary', () => {
    expect(tokenOf('Eritrea is shelling Ethiopian villages.', 'shelling').pos).toBe('VERB');
  });
});
