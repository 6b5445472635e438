import type { UdSentence } from './conllu';
import type { AnalysedWord } from './syntaxModel';

export interface AttachmentScores {
  /** Words scored for UPOS (all). */
  words: number;
  upos: number;
  /** Words scored for attachment (punctuation excluded). */
  scored: number;
  uas: number;
  las: number;
  /** UAS and LAS over all words, punctuation included (as the CoNLL shared tasks score). */
  uasAll: number;
  lasAll: number;
}

/** UPOS accuracy over all words; UAS and LAS over words whose gold UPOS is not PUNCT. */
export function scoreAnalyses(gold: readonly UdSentence[], predicted: readonly AnalysedWord[][]): AttachmentScores {
  let words = 0;
  let uposRight = 0;
  let scored = 0;
  let headRight = 0;
  let labelRight = 0;
  let headRightAll = 0;
  let labelRightAll = 0;
  gold.forEach((sentence, s) => {
    const analysis = predicted[s]!;
    sentence.tokens.forEach((g, i) => {
      const p = analysis[i]!;
      words++;
      if (p.upos === g.upos) uposRight++;
      if (p.head === g.head) {
        headRightAll++;
        if (p.deprel === g.deprel) labelRightAll++;
      }
      if (g.upos === 'PUNCT') return;
      scored++;
      if (p.head === g.head) {
        headRight++;
        if (p.deprel === g.deprel) labelRight++;
      }
    });
  });
  return {
    words,
    upos: uposRight / Math.max(1, words),
    scored,
    uas: headRight / Math.max(1, scored),
    las: labelRight / Math.max(1, scored),
    uasAll: headRightAll / Math.max(1, words),
    lasAll: labelRightAll / Math.max(1, words),
  };
}

export function formatScores(name: string, scores: AttachmentScores): string {
  const pct = (x: number) => (100 * x).toFixed(2);
  return `${name}: UPOS ${pct(scores.upos)}  UAS ${pct(scores.uas)}  LAS ${pct(scores.las)} (punctuation excluded; with it UAS ${pct(scores.uasAll)}  LAS ${pct(scores.lasAll)})  ${scores.words} words`;
}
