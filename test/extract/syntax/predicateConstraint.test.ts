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

/** The same sentence's Penn tags with the first rule only (the looser rules off). */
function firstRuleOnly(sentence: string): string[] {
  const kept = model.predicates;
  model.predicates = new PredicateConstraint(model.inventory.tagClasses, constraints.predicateMaxGap);
  try {
    return model.analyse(words(sentence)).map((w) => w.xpos);
  } finally {
    model.predicates = kept;
  }
}

describe('a plural noun read as the verb before the verb', () => {
  it('"said Tehran supports terrorist groups": a name opening the phrase keeps its -s verb, the word after stays a noun', () => {
    const { tag } = analysed('Kabul said Tehran supports terrorist groups .');
    expect(tag('supports')).toBe('VBZ');
    expect(tag('terrorist')).not.toMatch(/^VB/);
  });

  it('"Government troops step up their campaign against the militia": "step" is the verb, "troops" its subject', () => {
    const s = 'Government troops step up their campaign against the militia .';
    expect(firstRuleOnly(s).slice(1, 3)).toEqual(['VBZ', 'NN']);
    const { tag, head, dep, at } = analysed(s);
    expect(tag('troops')).toBe('NNS');
    expect(tag('step')).toBe('VBP');
    expect(head('step')).toBe(-1);
    expect(head('troops')).toBe(at('step'));
    expect(dep('troops')).toBe('nsubj');
  });

  it('"Somali warplanes struck militant positions near Kismayo": "struck" heads the sentence', () => {
    const s = 'Somali warplanes struck militant positions near Kismayo .';
    expect(firstRuleOnly(s)[1]).toBe('VBZ');
    const { tag, upos, head, dep, at } = analysed(s);
    expect(tag('warplanes')).toBe('NNS');
    expect(upos('struck')).toBe('VERB');
    expect(head('struck')).toBe(-1);
    expect(dep('warplanes')).toBe('nsubj');
    expect(head('positions')).toBe(at('struck'));
  });
});

describe('a verb between a subject and its object', () => {
  it('"Azerbaijani forces shelled Armenian villages": a past tense, further from the tagger\'s choice than the first rule takes', () => {
    const s = 'Azerbaijani forces shelled Armenian villages .';
    expect(firstRuleOnly(s)[2]).toBe('VBN');
    const { tag, head, dep, at } = analysed(s);
    expect(tag('shelled')).toBe('VBD');
    expect(head('shelled')).toBe(-1);
    expect(head('forces')).toBe(at('shelled'));
    expect(dep('villages')).toBe('obj');
  });

  it('"Nigeria fights Boko Haram in the northeast": an -s verb read as a plural noun', () => {
    const s = 'Nigeria fights Boko Haram in the northeast .';
    expect(firstRuleOnly(s)[1]).toBe('NNS');
    const { upos, head, dep, at } = analysed(s);
    expect(upos('fights')).toBe('VERB');
    expect(head('fights')).toBe(-1);
    expect(dep('Nigeria')).toBe('nsubj');
    expect(head('Haram')).toBe(at('fights'));
  });

  it('"Chadian jets struck suspected Boko Haram positions": a singular noun after a plural one, before a participle and a noun phrase, is the verb', () => {
    const s = 'Chadian jets struck suspected Boko Haram positions near Lake Chad .';
    expect(firstRuleOnly(s).slice(2, 4)).toEqual(['NN', 'VBN']);
    const { upos, tag, head, dep, at } = analysed(s);
    expect(upos('struck')).toBe('VERB');
    expect(tag('suspected')).toBe('VBN');
    expect(head('struck')).toBe(-1);
    expect(dep('jets')).toBe('nsubj');
    expect(head('positions')).toBe(at('struck'));
  });

  it('keeps noun phrases and clauses that have their verb ("An arms deal signed last year angered Beijing", "The Andes provide lowland Peru with water")', () => {
    for (const s of ['An arms deal signed last year angered Beijing .', 'Security forces arrested suspected militants .', 'The Andes provide lowland Peru with water .', 'Envoys return to Vienna this week , an issue likely to dominate Iran - US relations this year .']) {
      expect(analysed(s).parse.map((w) => w.xpos)).toEqual(firstRuleOnly(s));
    }
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

  // "The convoys/VBZ shell/NN the town": DT, a plural noun read as VBZ, a noun whose verb reading is close, DT, NN.
  function swapped(nounGap: number, verbGap: number, maxGap: number): number[] {
    const rows = [row(DT, 0), classes.map((_, k) => (k === VBZ ? 1000 : k === NNS ? 1000 - nounGap : 0)), row(NN, 1000 - verbGap), row(DT, 0), row(NN, 0)];
    const hashes = wordHashesFor(rows.length);
    hashes.count = rows.length;
    const tags = Int32Array.from(rows, (r) => r.indexOf(Math.max(...r)));
    new PredicateConstraint(classes, 300, { nounVerbMaxGap: maxGap }).apply(scoring(rows), hashes, tags);
    return [...tags];
  }

  it('moves the verb reading from a plural noun to the noun after it when both readings are within the threshold', () => {
    expect(swapped(300, 300, 300)).toEqual([DT, NNS, VBZ, DT, NN]);
    expect(swapped(301, 100, 300)).toEqual([DT, VBZ, NN, DT, NN]);
    expect(swapped(100, 301, 300)).toEqual([DT, VBZ, NN, DT, NN]);
    expect(swapped(100, 100, 0)).toEqual([DT, VBZ, NN, DT, NN]);
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
