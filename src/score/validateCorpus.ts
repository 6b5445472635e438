// Validates every news article and gold file under test/gold/news/ (dev, test, agreement):
// the check the test suite runs so the corpus stays well formed as it grows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import relationsFile from '../../data/relations.json';
import { documentIdFromName } from '../extract/documentIds';
import { tokenize } from '../extract/tokenize';
import { newsPairs } from './benchmarkSets';
import type { GoldDocument } from './goldTypes';
import { frontMatterProblems, goldProblems, readArticle, type SentenceSpans } from './validateGold';

/** Relation ids gold may use: those of data/relations.json (test/gold/news/README.md lists them). */
export function knownRelations(): Set<string> {
  return new Set(relationsFile.relations.map((r) => r.id));
}

/** A break the text itself makes: end punctuation after a word, then a capital, a digit or a quote; or a line break. */
function hardBreak(body: string, end: number, start: number): boolean {
  const between = body.slice(end, start);
  if (between.includes('\n')) return true;
  // An initial or abbreviation ("U.N.", "J. Smith") is no sentence end, whatever the tokenizer did.
  if (/(?:^|[^\p{L}])\p{L}\.$/u.test(body.slice(Math.max(0, end - 3), end)) || /^\p{L}\./u.test(body.slice(start, start + 2))) return false;
  return /[.!?]["'”’)]*\s*$/.test(body.slice(Math.max(0, end - 3), end) + between) && /^["'“‘(]?[\p{Lu}\d]/u.test(body.slice(start, start + 2));
}

/**
 * Sentence spans for checking anchors: the extractor's sentences, joined where its tokenizer split
 * without a break in the text ("anti-U.N. and anti-U.S. slogans"). A gold anchor that the tokenizer
 * cuts is still a valid anchor; missing it is the extractor's fault, not the gold's.
 */
export function sentenceSpans(body: string): SentenceSpans {
  const spans: [number, number][] = [];
  for (const s of tokenize(body).sentences) {
    const last = spans[spans.length - 1];
    if (last && !hardBreak(body, last[1], s.start)) last[1] = s.end;
    else spans.push([s.start, s.end]);
  }
  return spans;
}

/** Problems of one article file and, when given, its gold file; each prefixed with the file. */
export function articleProblems(articlePath: string, articleText: string, goldPath: string | null, goldText: string | null): string[] {
  const name = articlePath.split(/[\\/]/).pop()!;
  const article = readArticle(articleText);
  if (!article) return [`${articlePath}: no YAML front matter`];
  const problems = frontMatterProblems(article.meta).map((p) => `${articlePath}: ${p}`);
  if (!article.body.trim()) problems.push(`${articlePath}: no article text`);
  if (goldPath === null || goldText === null) return [...problems, `${articlePath}: no gold file beside it`];
  let gold: GoldDocument;
  try {
    gold = JSON.parse(goldText) as GoldDocument;
  } catch (err) {
    return [...problems, `${goldPath}: not JSON (${(err as Error).message})`];
  }
  const docId = documentIdFromName(name);
  if (docId !== name.replace(/\.md$/, '')) problems.push(`${articlePath}: the file name is not a document id (use lower case, digits and dashes; it would be read as "${docId}")`);
  return [...problems, ...goldProblems(gold, name.replace(/\.md$/, ''), article.body, sentenceSpans(article.body), knownRelations()).map((p) => `${goldPath}: ${p}`)];
}

export interface CorpusCheck {
  articles: number;
  goldFiles: number;
  problems: string[];
}

/** Checks dev/ and test/ articles with their gold, and agreement/ gold against the article of the same name. */
export function validateNewsCorpus(root: string): CorpusCheck {
  const check: CorpusCheck = { articles: 0, goldFiles: 0, problems: [] };
  const articleFor = new Map<string, string>();
  for (const split of ['dev', 'test']) {
    for (const pair of newsPairs(root, split)) {
      check.articles++;
      articleFor.set(pair.doc, pair.articlePath);
      const goldText = pair.goldPath ? readFileSync(pair.goldPath, 'utf8') : null;
      if (goldText !== null) check.goldFiles++;
      check.problems.push(...articleProblems(pair.articlePath, readFileSync(pair.articlePath, 'utf8'), pair.goldPath, goldText));
    }
  }
  const agreement = join(root, 'agreement');
  if (existsSync(agreement)) {
    for (const name of readdirSync(agreement).filter((n) => n.endsWith('.gold.json')).sort()) {
      check.goldFiles++;
      const doc = name.replace(/\.gold\.json$/, '');
      const goldPath = join(agreement, name);
      const articlePath = articleFor.get(doc);
      if (!articlePath) check.problems.push(`${goldPath}: no article ${doc}.md in dev/ or test/`);
      else check.problems.push(...articleProblems(articlePath, readFileSync(articlePath, 'utf8'), goldPath, readFileSync(goldPath, 'utf8')).filter((p) => p.startsWith(goldPath)));
    }
  }
  return check;
}
