import * as chrono from 'chrono-node';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Infers a publication day for a document that states none: the latest explicit calendar date in
 * its text. Yearless dates take the year of the latest dated mention, or the next year when they
 * fall earlier in the calendar than that mention (a January report after "June 2025").
 */
export function inferPublication(body: string): string | null {
  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.parse(body, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  } catch {
    return null;
  }
  const years: { year: number; month: number; day: number }[] = [];
  for (const m of body.matchAll(/\b(?:in|of|during|since)\s+((?:19|20)\d{2})\b/gi)) years.push({ year: Number(m[1]), month: 1, day: 1 });
  const yearless: { month: number; day: number }[] = [];
  for (const r of results) {
    for (const c of [r.start, r.end]) {
      if (!c || !c.isCertain('month')) continue;
      const month = c.get('month')!;
      const day = c.isCertain('day') ? c.get('day')! : 1;
      if (c.isCertain('year') || r.start.isCertain('year')) years.push({ year: c.get('year') ?? r.start.get('year')!, month, day });
      else if (c.isCertain('day')) yearless.push({ month, day });
    }
  }
  if (years.length === 0) return null;
  const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
  years.sort((a, b) => key(a) - key(b));
  const anchor = years[years.length - 1]!;
  const candidates = [...years];
  for (const d of yearless) {
    const sameYear = d.month * 100 + d.day >= anchor.month * 100 + anchor.day;
    candidates.push({ year: sameYear ? anchor.year : anchor.year + 1, month: d.month, day: d.day });
  }
  const dated = candidates.filter((c) => yearless.length === 0 || c.day !== 1 || c.month !== 1);
  const latest = (dated.length ? dated : candidates).sort((a, b) => key(a) - key(b)).pop()!;
  return `${latest.year}-${pad(latest.month)}-${pad(latest.day)}`;
}
