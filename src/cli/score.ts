// npm run score -- [gold.json] [articles folder]: precision, recall and date accuracy against a gold file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultResources } from '../extract/defaultResources';
import { extractCorpus } from '../extract/extractCorpus';
import { scoreEvents, type GoldEvent } from '../extract/scoreEvents';

const [goldPath = 'test/gold/seed-gold.json', folder = 'data/articles'] = process.argv.slice(2);
const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { events: GoldEvent[] }).events;
const files = readdirSync(folder)
  .filter((n) => /\.(md|txt)$/.test(n))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
const result = extractCorpus(files, defaultResources());
const s = scoreEvents(result.events, gold, result.documents);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const show = (e: { source: string; relation: string; target: string; evidence: { text: string } }) =>
  `${e.source} -${e.relation}-> ${e.target} | ${e.evidence.text.slice(0, 90)}`;
console.log(`precision ${pct(s.precision)} (${s.correct}/${s.predicted})  recall ${pct(s.recall)} (${s.found}/${s.required})  dates ${pct(s.dateAccuracy)}  evidence exact ${pct(s.evidenceExact)}`);
for (const e of s.falsePositives) console.log(`  false positive: ${show(e)}`);
for (const g of s.missed) console.log(`  missed: ${g.source} -${g.relation}-> ${g.target} | ${g.anchor}`);
for (const { event, gold: g } of s.wrongDates) console.log(`  wrong date: ${event.date}${event.dateEnd ? '..' + event.dateEnd : ''} (${event.datePrecision}) not in ${JSON.stringify(g.date)} | ${show(event)}`);
