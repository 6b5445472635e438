// Reading a long article reports progress in batches, not once per sentence: the page thread gets a
// message (and a store update) at most every PROGRESS_INTERVAL_MS, and always the last sentence.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateArticles } from '../../src/cli/synthetic/textCorpus';
import { readArticle, PROGRESS_INTERVAL_MS, type ArticleStep } from '../../src/workers/readArticle';

describe('article reading progress', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is batched by time and ends on the last sentence', () => {
    const body = generateArticles(6, 700, 3).map((a) => a.text.split('---\n')[2]).join('\n');
    const doc = { id: 'long', title: 'Long', published: '2025-06-01', publishedPrecision: 'day' as const, publishedInferred: false, source: null, body };
    // A clock that moves 7 ms at each reading: the steps are timed where the reader decided to send
    // them, not when this process next got a core (a pause in between once made two 38 ms apart).
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 7));
    const steps: { step: ArticleStep; at: number }[] = [];
    const started = clock;
    readArticle({ id: 1, kind: 'article', doc, actors: [] }, (step) => steps.push({ step, at: clock }));
    const elapsed = clock - started;
    const reading = steps.filter((s) => s.step.phase === 'reading').map((s) => ({ ...(s.step as Extract<ArticleStep, { phase: 'reading' }>), at: s.at }));
    const total = reading.at(-1)!.total;
    expect(total).toBeGreaterThan(150);
    expect(reading.at(-1)!.done).toBe(total);
    // Far fewer messages than sentences: one per interval at most, plus the first and the last.
    expect(reading.length).toBeLessThanOrEqual(Math.ceil(elapsed / PROGRESS_INTERVAL_MS) + 2);
    expect(reading.length).toBeLessThan(total / 5);
    for (let i = 1; i < reading.length - 1; i++) expect(reading[i]!.at - reading[i - 1]!.at).toBeGreaterThanOrEqual(PROGRESS_INTERVAL_MS - 1);
  });
});
