// "we", "our", "I" read as who speaks: a quotation's speaker (a person's state when the text says
// which), the publisher of a government's statement in narration; and the readings left alone.
import { describe, expect, it } from 'vitest';
import '../../support/syntaxModel';
import { defaultResources } from '../../../src/extract/defaultResources';
import { extractCorpus } from '../../../src/extract/extractCorpus';
import { publisherVoice } from '../../../src/extract/actors/firstPerson';
import { quotations } from '../../../src/extract/actors/quotations';
import { tokenize } from '../../../src/extract/tokenize';
import { relationTriples } from '../../support/extractText';
import type { ExtractionResult } from '../../../src/extract/types';

const run = (body: string, source?: string): ExtractionResult =>
  extractCorpus([{ name: 'd.md', text: `---\ntitle: T\npublished: 2024-03-15\n${source ? `source: ${source}\n` : ''}---\n${body}` }], defaultResources());
const firstPersonNotes = (r: ExtractionResult) => r.actors.flatMap((a) => a.notes ?? []).filter((n) => /^"(we|our|us|i|me|my)\b/i.test(n));

describe('first-person pronouns as the actor who speaks', () => {
  it('"We" and "our ambassador" in a minister\'s quotation are the minister\'s state', () => {
    const r = run('Peruvian Foreign Minister Ana Ruiz spoke to reporters on Monday. "We have recalled our ambassador from Ecuador," she said.');
    expect(relationTriples(r)).toContain('peru -sanction-> ecuador');
    expect(firstPersonNotes(r)).toContain('"We" read as Peru: the side of Ana Ruiz, the speaker the quotation is attributed to');
  });

  it('a quotation of two sentences takes the speaker its attribution names after it', () => {
    const r = run('"The raid was planned for weeks. We will retaliate against Eritrea," Ethiopian army spokesman Colonel Tesfaye Bekele said on Tuesday.');
    expect(relationTriples(r)).toEqual(['ethiopia -threat-> eritrea']);
  });

  it('a quotation with no attribution of its own continues the speaker of the quotation before it in the paragraph', () => {
    const r = run('Chadian Foreign Minister Idriss Mahamat said Sudan had shelled the town. "This is unacceptable," he said. "We urge Sudan to withdraw its troops."');
    expect(relationTriples(r)).toContain('chad -appeal-> sudan');
  });

  it('"I" in a quotation is the person who speaks, not the state', () => {
    const r = run('"I have asked Togo to withdraw its troops," Ghanaian President Kofi Mensah said.');
    expect(relationTriples(r)).toContain('kofi-mensah -appeal-> togo');
    expect(firstPersonNotes(r)).toContain('"I" read as Kofi Mensah: the speaker the quotation is attributed to');
  });

  it('narration\'s "we" in a government\'s statement is the publisher\'s state', () => {
    const r = run('Ghana is deeply concerned about the clashes on the border. We urge Togo to withdraw its troops.', 'Ghana Ministry of Foreign Affairs');
    expect(relationTriples(r)).toContain('ghana -appeal-> togo');
    expect(firstPersonNotes(r)[0]).toMatch(/^"We" read as Ghana: the document's own voice/);
  });

  it('leaves "we" alone where nobody named speaks: a news outlet, no source, a quotation without a named speaker', () => {
    const body = 'Ghana is deeply concerned about the clashes on the border. We urge Togo to withdraw its troops.';
    expect(firstPersonNotes(run(body, 'Voice of America'))).toEqual([]);
    expect(firstPersonNotes(run(body))).toEqual([]);
    expect(firstPersonNotes(run('"We urge Togo to withdraw its troops," the statement read.'))).toEqual([]);
  });
});

describe('publisher voice', () => {
  const dict = defaultResources().dictionary;
  const noBody = () => undefined;
  it('a state\'s body, or one actor\'s name as the whole source line', () => {
    expect(publisherVoice('Ghana Ministry of Foreign Affairs', dict, noBody)).toBe('ghana');
    expect(publisherVoice('The White House', dict, noBody)).toBe('united-states');
    expect(publisherVoice('NATO', dict, noBody)).toBe('nato');
  });
  it('no outlet named after a place', () => {
    expect(publisherVoice('Voice of America', dict, noBody)).toBeUndefined();
    expect(publisherVoice('Kenya Times', dict, noBody)).toBeUndefined();
    expect(publisherVoice(null, dict, noBody)).toBeUndefined();
  });
});

describe('quotations', () => {
  it('a paragraph ends a quotation left open; curly marks say which way they go', () => {
    const text = '“We will not stop,” he said.\n“They attacked first.\n“And again,” she added.';
    const { tokens } = tokenize(text);
    const quoted = quotations(text, tokens).map((q) => tokens.slice(q.start, q.end).map((t) => t.text).join(' '));
    expect(quoted).toEqual(['We will not stop ,', 'They attacked first .', 'And again ,']);
  });

  it('"in." before an opening quote ends the sentence', () => {
    const { tokens } = tokenize('He expects the fighters to leave as troops close in. “We expect them to flee,” he said.');
    const i = tokens.findIndex((t) => t.text === 'in');
    expect(tokens[i + 1]!.text).toBe('.');
    expect(tokens[i + 2]!.sentence).toBe(tokens[i]!.sentence + 1);
  });
});

describe('"they" doing something together after a meeting', () => {
  it('"They discussed" is the two who met, not the plural object thanked in between', () => {
    const r = run('Mexican Foreign Minister Rosa Icaza met yesterday with Guatemalan President Jorge Lara and Prime Minister Ana Solis in Mexico City. Icaza thanked the leaders for their cooperation on migration. They discussed the dispute over the border.');
    expect(relationTriples(r)).toContain('rosa-icaza -communication-> jorge-lara');
    expect(relationTriples(r)).not.toContain('jorge-lara -communication-> ana-solis');
  });

  it('a nearer plural subject still stands before the two who met: "The leaders of A, B and C ... But they agreed"', () => {
    const r = run('Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. The leaders of Kenya, Uganda and Tanzania failed to reach a deal during talks in Nairobi. But they agreed to work on a customs union.');
    expect(relationTriples(r)).not.toContain('william-ruto -agreement-> yoweri-museveni');
    expect(r.actors.find((a) => a.id === 'kenya')?.notes ?? []).toContain('"they" read as Kenya, Uganda and Tanzania: the main subject in the sentence before, the nearest antecedent that agrees (plural: the actors coordinated there)');
  });
});
