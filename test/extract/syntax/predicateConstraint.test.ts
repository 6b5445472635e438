// A clause without a predicate takes the tagger's closest finite verb reading: headline and news
// verbs after a name ("Sudan denies/NNS arming") become verbs again and head their clause, while
// objects, captions and noun phrases keep their tags.
import { describe, expect, it } from 'vitest';
import constraints from '../../../data/taggerConstraints.json';
import { readSyntaxModelFile } from '../../../src/cli/syntaxModelFile';
import { PredicateConstraint, type TagScoring } from '../../../src/extract/syntax/predicateConstraint';
import { wordHashesFor } from '../../../src/extract/syntax/wordShapes';

const model = readSyntaxModelFile();
const words = (sentence: string) => sentence.split(' ');

function analysed(sentence: string) {
  const forms = words(sentence);
  const parse = model.analyse(forms);
  const at = (form: string) => forms.indexOf(form);
  return { parse, tag: (form: string) => parse[at(form)]!.xpos, upos: (form: string) => parse[at(form)]!.upos, head: (form: string) => parse[at(form)]!.head - 1, dep: (form: string) => parse[at(form)]!.deprel, at };
}

/** The same sentence's UPOS tags (or Penn tags, `penn`) with the constraint off. */
function withoutConstraint(sentence: string, penn = false): string[] {
  const kept = model.predicates;
  model.predicates = undefined;
  try {
    return model.analyse(words(sentence)).map((w) => (penn ? w.xpos : w.upos));
  } finally {
    model.predicates = kept;
  }
}

describe('the shipped model', () => {
  it('carries the constraint with the threshold of data/taggerConstraints.json', () => {
    expect(model.predicates?.maxGap).toBe(constraints.predicateMaxGap);
  });
});

describe('a sentence without a finite verb', () => {
  it('"Sudan denies arming the militia": the verb heads the sentence, with its subject and clause', () => {
    const s = 'Sudan denies arming the militia .';
    expect(withoutConstraint(s)[1]).toBe('NOUN');
    const { upos, head, dep, at } = analysed(s);
    expect(upos('denies')).toBe('VERB');
    expect(head('denies')).toBe(-1);
    expect(head('Sudan')).toBe(at('denies'));
    expect(dep('Sudan')).toBe('nsubj');
    expect(head('arming')).toBe(at('denies'));
  });

  it('"Turkey calls on Greece to withdraw its ships": "calls" is the verb', () => {
    const s = 'Turkey calls on Greece to withdraw its ships .';
    expect(withoutConstraint(s)[1]).toBe('NOUN');
    const { upos, head, dep } = analysed(s);
    expect(upos('calls')).toBe('VERB');
    expect(head('calls')).toBe(-1);
    expect(dep('Turkey')).toBe('nsubj');
  });

  it('"Rebels in eastern Chad attacked government troops": a past tense, not a participle', () => {
    const { tag, head, dep, at } = analysed('Rebels in eastern Chad attacked government troops .');
    expect(tag('attacked')).toBe('VBD');
    expect(head('attacked')).toBe(-1);
    expect(head('Rebels')).toBe(at('attacked'));
    expect(dep('troops')).toBe('obj');
  });

  it('"Georgian warplanes struck rebel positions overnight": "struck" heads the sentence', () => {
    const { upos, head, dep, at } = analysed('Georgian warplanes struck rebel positions overnight .');
    expect(upos('struck')).toBe('VERB');
    expect(head('struck')).toBe(-1);
    expect(head('warplanes')).toBe(at('struck'));
    expect(dep('positions')).toBe('obj');
  });

  it('a caption naming people and a place gets no verb', () => {
    const s = 'Lula da Silva and Xi Jinping in Beijing , 14 April 2023';
    const { parse } = analysed(s);
    expect(parse.map((w) => w.upos)).toEqual(withoutConstraint(s));
    expect(parse.some((w) => w.upos === 'VERB' || w.upos === 'AUX')).toBe(false);
  });
});

describe('clauses that need no finite verb of their own', () => {
  it('a gerund clause after "of" keeps its reduced relative ("violating the truce signed in March")', () => {
    expect(analysed('Both the Nigerian army and the Niger Delta Avengers are guilty of violating the truce signed in March 2016 .').tag('signed')).toBe('VBN');
  });

  it('the clause after a gerund clause\'s comma is read on its own ("In exchange for closing the border, the government promised")', () => {
    const s = 'In exchange for closing the border , the Ghanaian government promised to pay Togo compensation .';
    expect(withoutConstraint(s, true)[words(s).indexOf('promised')]).toBe('VBN');
    const { tag, head } = analysed(s);
    expect(tag('promised')).toBe('VBD');
    expect(head('promised')).toBe(-1);
  });
});

describe('a clause without "that" after a verb', () => {
  it('"Officials said Rwanda backs rebels in the east": "backs" is the clause verb under "said"', () => {
    const s = 'Officials said Rwanda backs rebels in the east .';
    expect(withoutConstraint(s)[3]).toBe('NOUN');
    const { upos, head, dep, at } = analysed(s);
    expect(upos('backs')).toBe('VERB');
    expect(head('backs')).toBe(at('said'));
    expect(dep('backs')).toBe('ccomp');
    expect(head('Rwanda')).toBe(at('backs'));
    expect(dep('Rwanda')).toBe('nsubj');
  });

  it('a noun after a verb\'s phrase stays a noun ("threatened today to impose curbs against Ugandan goods today")', () => {
    expect(analysed('A Kenyan minister threatened today to impose curbs against Ugandan goods today as the two leaders sought to ease tensions .').upos('goods')).toBe('NOUN');
  });

  it('an object stays a noun ("hosts talks between Israel and Hamas", "evacuated U.S. citizens from the port")', () => {
    expect(analysed('Egypt hosts talks between Israel and Hamas .').upos('talks')).toBe('NOUN');
    expect(analysed('The navy evacuated U.S. citizens from the port .').upos('citizens')).toBe('NOUN');
    expect(analysed('Officials in Lima criticized Bolivian claims about the border .').upos('claims')).toBe('NOUN');
  });
});

describe('odd input', () => {
  it('parses verbless runs, lone punctuation and long repeats into one tree each', () => {
    const inputs = [
      ['.'],
      ['Sudan'],
      Array.from({ length: 300 }, (_, i) => (i % 3 === 2 ? 'denies' : 'Sudan')),
      Array.from({ length: 120 }, () => 'troops'),
      'RWANDA BACKS REBELS , UGANDA SAYS'.split(' '),
      '; : that which ; troops attacked'.split(' '),
    ];
    for (const forms of inputs) {
      const parse = model.analyse(forms);
      expect(parse).toHaveLength(forms.length);
      expect(parse.filter((w) => w.head === 0)).toHaveLength(1);
    }
  });
});

describe('PredicateConstraint on given scores', () => {
  const classes = ['PROPN NNP', 'NOUN NNS', 'VERB VBZ', 'VERB VBG', 'DET DT', 'NOUN NN', 'PUNCT .'];
  const [NNP, NNS, VBZ, , DT, NN] = [0, 1, 2, 3, 4, 5];
  /** A tagger whose scores do not depend on the tags before: one row of class scores per word. */
  function scoring(rows: number[][]): TagScoring {
    return {
      classes: classes.length,
      scoresAt: (_w, _t, i, scores) => scores.set(rows[i]!),
      tagFrom: (_w, tags, from) => {
        for (let i = from; i < rows.length; i++) tags[i] = rows[i]!.indexOf(Math.max(...rows[i]!));
      },
    };
  }
  const row = (best: number, verbScore: number) => classes.map((_, k) => (k === best ? 1000 : k === VBZ ? verbScore : 0));
  // "Kenya rejects the proposal": NNP, then NNS whose VBZ reading is `gap` below, DT, NN.
  const sentence = (gap: number) => [row(NNP, 0), row(NNS, 1000 - gap), row(DT, 0), row(NN, 0)];

  function apply(gap: number, maxGap: number): number[] {
    const rows = sentence(gap);
    const hashes = wordHashesFor(rows.length);
    hashes.count = rows.length;
    const tags = Int32Array.from(rows, (r) => r.indexOf(Math.max(...r)));
    new PredicateConstraint(classes, maxGap).apply(scoring(rows), hashes, tags);
    return [...tags];
  }

  it('gives the verb reading when its gap is at most the threshold, and not above it', () => {
    expect(apply(300, 300)).toEqual([NNP, VBZ, DT, NN]);
    expect(apply(301, 300)).toEqual([NNP, NNS, DT, NN]);
  });

  it('reads nothing into empty or one-word input', () => {
    const constraint = new PredicateConstraint(classes, 300);
    for (const n of [0, 1]) {
      const hashes = wordHashesFor(1);
      hashes.count = n;
      const tags = new Int32Array(n).fill(NNS);
      expect(constraint.apply(scoring([row(NNS, 999)]), hashes, tags)).toBe(0);
    }
  });
});
