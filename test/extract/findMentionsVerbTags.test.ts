// wink-nlp reads many news verbs' -s forms as plural nouns ("Somalia battles al-Shabaab"); the mention
// stage takes our tagger's verb there, so the name before it is the verb's subject, not a modifier
// of the name after it.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractDocument } from '../../src/extract/extractEvents';
import type { SourceDocument } from '../../src/extract/types';
import { wordClass } from '../../src/extract/wordClass';
import '../support/syntaxModel';

function events(body: string): string[] {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources()).events.map((e) => `${e.source} -${e.relation}-> ${e.target}`);
}

describe('wordClass', () => {
  it("takes our tagger's verb where wink-nlp read a common noun", () => {
    expect(wordClass({ pos: 'NOUN', upos: 'VERB' })).toBe('VERB');
  });

  it("keeps wink-nlp's names and verbs, which our tagger misreads more often ('Hill/VERB met/NOUN')", () => {
    expect(wordClass({ pos: 'PROPN', upos: 'VERB' })).toBe('PROPN');
    expect(wordClass({ pos: 'VERB', upos: 'NOUN' })).toBe('VERB');
  });

  it("is wink-nlp's tag where the sentence was not parsed or the two agree", () => {
    expect(wordClass({ pos: 'NOUN' })).toBe('NOUN');
    expect(wordClass({ pos: 'ADJ', upos: 'VERB' })).toBe('ADJ');
    expect(wordClass(undefined)).toBeUndefined();
  });
});

describe('a verb wink-nlp read as a noun between two names', () => {
  it('"Somalia battles al-Shabaab": a fight, not al-Shabaab as part of Somalia', () => {
    const found = events('Somalia battles al-Shabaab near Mogadishu.');
    expect(found).toContain('somalia -force-> al-shabaab');
    expect(found.filter((e) => e.includes('affiliation'))).toEqual([]);
  });

  it('"Israel strikes Hezbollah": a strike, not an affiliation', () => {
    const found = events('Israel strikes Hezbollah in southern Lebanon.');
    expect(found).toContain('israel -force-> hezbollah');
    expect(found.filter((e) => e.includes('affiliation'))).toEqual([]);
  });

  it('a name qualifying a name inside one noun phrase still owns it', () => {
    expect(events('Ugandan Defence Minister Vincent Ssempijja visited the troops.')).toContain('vincent-ssempijja -affiliation-> uganda');
  });
});
