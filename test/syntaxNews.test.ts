// The committed parser on news sentences about actors outside the seed corpus: the arcs the
// extractor will read (subject, object, passive agent, possessor, "on"/"against"/"with"/"between"
// attachments, coordination, apposition, reported speech), through our own tokenizer. UD writes a
// speech verb before its content as its head (ccomp) and one after it as parataxis.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSyntaxModelFile } from '../src/cli/syntaxModelFile';
import { parseSentenceTokens, type ParsedWord } from '../src/extract/syntax/parseTokens';
import type { SyntaxModel } from '../src/extract/syntax/syntaxModel';
import { tokenize } from '../src/extract/tokenize';

let model: SyntaxModel;

beforeAll(async () => {
  model = await loadSyntaxModelFile();
});

function parse(text: string): ParsedWord[] {
  const { tokens, sentences } = tokenize(text);
  expect(sentences).toHaveLength(1);
  return parseSentenceTokens(model, tokens, sentences[0]!);
}

/** "dependent relation head" for each arc asked about, read off the parse. */
function arcs(words: ParsedWord[], dependents: string[]): string[] {
  return dependents.map((form) => {
    const w = words.find((x) => x.form === form);
    if (!w) return `${form} missing`;
    return `${form} ${w.deprel} ${w.head === 0 ? 'ROOT' : words[w.head - 1]!.form}`;
  });
}

const CASES: [sentence: string, expected: string[]][] = [
  ['The Philippine coast guard accused Chinese vessels of blocking a resupply mission.', ['guard nsubj accused', 'vessels obj accused']],
  ['Turkish troops shelled Kurdish positions in northern Syria on Tuesday.', ['troops nsubj shelled', 'positions obj shelled', 'Syria obl shelled']],
  ['The ceasefire talks were hosted by Qatar.', ['talks nsubj:pass hosted', 'Qatar obl:agent hosted', 'by case Qatar']],
  ['Colombian rebels were accused by the United Nations of recruiting children.', ['rebels nsubj:pass accused', 'Nations obl:agent accused']],
  ["Brazil's president met Argentina's foreign minister in Buenos Aires.", ['Brazil nmod:poss president', 'president nsubj met', 'Argentina nmod:poss minister', 'minister obj met']],
  ["The government's crackdown on students drew sharp criticism.", ['government nmod:poss crackdown', 'students nmod crackdown', 'on case students', 'crackdown nsubj drew']],
  ['Thousands of farmers protested against the new trade agreement.', ['agreement obl protested', 'against case agreement']],
  ["India's prime minister spoke with the Chinese president by phone.", ['minister nsubj spoke', 'president obl spoke', 'with case president']],
  ['Talks between Serbia and Kosovo resumed in Brussels.', ['Serbia nmod Talks', 'between case Serbia', 'Kosovo conj Serbia', 'Talks nsubj resumed']],
  ['Germany and France condemned the attack.', ['Germany nsubj condemned', 'France conj Germany', 'and cc France', 'attack obj condemned']],
  ["Kenya's president, William Ruto, visited Beijing last week.", ['president nsubj visited', 'William appos president', 'Beijing obj visited']],
  ['The Nigerian army said it had killed dozens of militants.', ['army nsubj said', 'killed ccomp said', 'it nsubj killed']],
  ['Ukraine cannot accept the proposal, the foreign minister said.', ['Ukraine nsubj accept', 'said parataxis accept', 'proposal obj accept']],
];

describe('the parser on news sentences', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    const words = parse(sentence);
    const asked = expected.map((arc) => arc.split(' ')[0]!);
    expect(arcs(words, asked)).toEqual(expected);
  });

  it('maps every word back to the token it came from ("cannot" is two words of one token)', () => {
    const words = parse('Ukraine cannot accept the proposal.');
    expect(words.map((w) => w.form)).toEqual(['Ukraine', 'can', 'not', 'accept', 'the', 'proposal', '.']);
    expect(words[1]!.token).toBe(words[2]!.token);
    expect(words[3]!.token).toBe(words[2]!.token + 1);
  });
});
