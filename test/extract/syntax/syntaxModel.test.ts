// SyntaxModel.analyse reuses one sentence's arrays for the next (growing them for a longer one): a
// sentence must read the same whatever was read before it, as it does with fresh arrays.
import { describe, expect, it } from 'vitest';
import { readSyntaxModelFile } from '../../../src/cli/syntaxModelFile';

const model = readSyntaxModelFile();
const fresh = (forms: string[]) => model.analyseTagged(forms, model.hashForms(forms), model.tagHashed(model.hashForms(forms)));

const SHORT = 'Kenya recalled its ambassador .'.split(' ');
const MIDDLE = 'The minister , who arrived in Nairobi on Monday , said the talks with Uganda would resume soon .'.split(' ');
// Longer than the first arrays' room (64 words), so they grow between sentences.
const LONG = Array.from({ length: 5 }, () => 'Officials in Kabul and Islamabad said the border , closed since March , would reopen for trade ,').flat().join(' ').split(' ');

describe('SyntaxModel.analyse', () => {
  it('reads a sentence the same after longer, shorter and equal ones', () => {
    expect(LONG.length).toBeGreaterThan(64);
    const expected = new Map([SHORT, MIDDLE, LONG].map((s) => [s, fresh(s)]));
    for (const s of [MIDDLE, SHORT, LONG, SHORT, MIDDLE, LONG, MIDDLE, SHORT, SHORT]) expect(model.analyse(s)).toEqual(expected.get(s));
  });

  it('gives a tree whose heads stay within the sentence', () => {
    model.analyse(LONG);
    const words = model.analyse(SHORT);
    expect(words.map((w) => w.head).every((h) => h >= 0 && h <= SHORT.length)).toBe(true);
    expect(words.filter((w) => w.head === 0)).toHaveLength(1);
  });
});

describe('SyntaxModel.tagForms and analyseTaggedForms', () => {
  it('give the analyses of analyse when every sentence is tagged before any is parsed', () => {
    const sentences = [MIDDLE, SHORT, LONG, SHORT, MIDDLE];
    const expected = sentences.map((s) => fresh(s));
    const tagged = sentences.map((s) => model.tagForms(s));
    // Parsed in another order than tagged, with the arrays grown and reused between.
    for (const k of [4, 2, 0, 1, 3]) expect(model.analyseTaggedForms(sentences[k]!, tagged[k]!)).toEqual(expected[k]);
  });
});
