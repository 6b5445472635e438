// Names the capitalised run used to cut short: hyphenated name words ("Abu-Bakr", "Saif-ul-Islam")
// counted as words of their own, and name words wink reads as verbs ("Gen. Hope Tadesse") or adverbs ("Abed").
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractDocument } from '../../../src/extract/extractEvents';
import type { SourceDocument } from '../../../src/extract/types';
import '../../support/syntaxModel';

function read(body: string) {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources());
}
const surfaces = (body: string) => read(body).mentions.map((m) => m.surface);

describe('hyphenated name words', () => {
  it('a name of capitalised parts joined by hyphens is one name, its hyphens no words of it', () => {
    expect(surfaces('On Monday, Chadian President Ahmat Abdel-Rahman Ould-Ali rejected a proposal from Sudan.')).toContain('Ahmat Abdel-Rahman Ould-Ali');
  });

  it('a lowercase syllable between two capitalised parts keeps the name whole', () => {
    expect(surfaces('The court allowed opposition leader Saif-ul-Haider to address the rally in Tripoli.')).toContain('Saif-ul-Haider');
  });

  it('a title joined by a hyphen is still no name word', () => {
    const r = read('The Secretary-General met Foreign Minister Ahmed Ali in Cairo.');
    // "The Secretary-General" alone is a title used as its holder's name (data/titleNames.json), no word of a person's name.
    expect(r.mentions.map((m) => m.surface)).toContain('Ahmed Ali');
    expect(r.discovered.filter((a) => a.label.includes('Secretary-General')).map((a) => a.label)).toEqual(['Secretary-General']);
  });
});

describe('name words wink reads as verbs', () => {
  it('after a title they are part of the name', () => {
    const r = read('Tanzanian officials said on Monday that General Hope Kabwe had accused Zambia of arming rebels.');
    expect(r.mentions.map((m) => m.surface)).toContain('Hope Kabwe');
  });

  it('opening a sentence, a capitalised verb starts no name', () => {
    expect(surfaces('Pledge drives in Nairobi raised money for Somali refugees.')).not.toContain('Pledge');
  });
});

describe('name words wink reads as adverbs', () => {
  it('after a title they open the name ("Interior Minister Abed Karim Nassour")', () => {
    const r = read("Chad's opposition accused Interior Minister Abed Karim Nassour of ordering the arrests.");
    expect(r.mentions.map((m) => m.surface)).toContain('Abed Karim Nassour');
  });
});

describe('the subject of a phrasal cue', () => {
  it('"X called on Y to ..." makes X a person as a one-word cue verb does', () => {
    const r = read('Faustin Mbarga called on Cameroon to release the detained journalists.');
    expect(r.events.map((e) => `${e.source}>${e.target}`)).toContain('faustin-mbarga>cameroon');
  });

  it('a verb whose next word opens no phrasal cue names nobody ("Faustin Mbarga called in sick")', () => {
    expect(read('Faustin Mbarga called in sick on Monday.').mentions.map((m) => m.surface)).not.toContain('Faustin Mbarga');
  });
});

describe('a name opening its clause after a comma, before an inflected cue verb', () => {
  it('is the subject where the parse hung it elsewhere ("Speaking to reporters in Bamako, X accused Y")', () => {
    const r = read('Speaking to reporters in Bamako, Moussa Traore accused Burkina Faso of arming the rebels.');
    expect(r.events.map((e) => `${e.source}>${e.target}`)).toContain('moussa-traore>burkina-faso');
  });

  it('a name after a comma with no cue verb after it names nobody ("Witnesses in Mopti, Moussa Traore among them, saw ...")', () => {
    expect(read('Witnesses in Mopti, Moussa Traore among them, saw the convoy.').mentions.map((m) => m.surface)).not.toContain('Moussa Traore');
  });
});
