// Structure-aware mutations of exported graph files for the import fuzz tests: elements, rows and
// values are dropped, duplicated, moved or replaced by hostile values, then written back as text.
import fc from 'fast-check';
import Papa from 'papaparse';
import { HOSTILE_STRINGS } from './fuzzArbitraries';

export type MutationOp = 'drop' | 'duplicate' | 'move' | 'value' | 'rename';

/** One mutation: what to do, where (an index taken modulo the candidates) and with which value. */
export interface Mutation {
  op: MutationOp;
  at: number;
  value: string;
}

/** Values a hostile or broken file might hold where a number, date, id or label is expected. */
export const HOSTILE_VALUES: readonly string[] = [
  ...HOSTILE_STRINGS,
  'NaN',
  'Infinity',
  '1e308',
  '-1',
  '1.5',
  '99999999999999999999999',
  '0x10',
  '2025-13-45',
  '0000-00-00',
  '2024-02-30',
  '31/12/99',
  'yesterday',
  '9999-12-31T99:99',
  'true',
  '[]',
  '{}',
  'day',
  'document',
  'unclassified',
  'affiliation',
  'x'.repeat(300),
];

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<MutationOp>('drop', 'duplicate', 'move', 'value', 'value', 'rename'),
  at: fc.nat(),
  value: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }),
});

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 });

// ---- XML (GEXF, GraphML) ----------------------------------------------------------------------

const escapeXml = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * Applies mutations to an XML file line by line (exports write one element per line, so this drops,
 * duplicates and moves elements cheaply); "value" replaces an attribute value (escaped), "rename" a
 * value unescaped, which may break the file as a careless tool would.
 */
export function mutateXml(text: string, ms: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const m of ms) {
    // The XML declaration and root element stay, so most files still reach the graph readers.
    if (lines.length < 3) break;
    const i = 2 + (m.at % (lines.length - 2));
    const line = lines[i]!;
    if (m.op === 'drop') lines.splice(i, 1);
    else if (m.op === 'duplicate') lines.splice(i, 0, line);
    else if (m.op === 'move') lines.splice(lines.length - 1, 0, ...lines.splice(i, 1));
    else {
      const values = [...line.matchAll(/="([^"]*)"/g)];
      const hit = values[m.at % Math.max(1, values.length)];
      if (!hit) continue;
      const value = m.op === 'value' ? escapeXml(m.value) : m.value;
      lines[i] = line.slice(0, hit.index) + `="${value}"` + line.slice(hit.index + hit[0].length);
    }
  }
  return lines.join('\n');
}

// ---- JSON ------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every container and key in a JSON tree, as [container, key] pairs. */
function slots(node: Json, out: [Json[] | { [k: string]: Json }, string | number][] = []): [Json[] | { [k: string]: Json }, string | number][] {
  if (Array.isArray(node)) node.forEach((v, i) => (out.push([node, i]), slots(v, out)));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) out.push([node, k]), slots(v, out);
  return out;
}

/** A hostile value as JSON would carry it: a string, or a number, literal or container it spells. */
function jsonValue(v: string): Json {
  if (v === 'NaN' || v === 'Infinity') return v;
  if (v === '[]') return [];
  if (v === '{}') return {};
  if (v === 'true') return true;
  if (v === 'null') return null;
  if (/^-?\d+(\.\d+)?(e\d+)?$/.test(v)) return Number(v);
  return v;
}

/** Applies mutations to a JSON file; "rename" turns a key into the hostile value ("__proto__" included). */
export function mutateJson(text: string, ms: readonly Mutation[]): string {
  const tree = JSON.parse(text) as Json;
  const renames: [string, string][] = [];
  for (const m of ms) {
    const all = slots(tree);
    if (all.length === 0) break;
    const [container, key] = all[m.at % all.length]!;
    if (Array.isArray(container)) {
      const i = key as number;
      if (m.op === 'drop') container.splice(i, 1);
      else if (m.op === 'duplicate') container.splice(i, 0, structuredClone(container[i]!));
      else if (m.op === 'move') container.push(...container.splice(i, 1));
      else container[i] = jsonValue(m.value);
    } else {
      const k = key as string;
      if (m.op === 'drop') delete container[k];
      else if (m.op === 'rename') renames.push([k, m.value]);
      else if (m.op === 'value' || m.op === 'duplicate') container[k] = jsonValue(m.value);
      else {
        const v = container[k]!;
        delete container[k];
        container[k] = v;
      }
    }
  }
  // Renaming in the text keeps a "__proto__" key as an own key of the file, as a hostile file would.
  let out = JSON.stringify(tree, null, 1);
  for (const [from, to] of renames) out = out.replace(`"${from}":`, `${JSON.stringify(to)}:`);
  return out;
}

// ---- CSV -------------------------------------------------------------------------------------

/** Applies mutations to a CSV file: rows dropped, duplicated, moved; cells (header included) replaced. */
export function mutateCsv(text: string, ms: readonly Mutation[]): string {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  for (const m of ms) {
    if (rows.length === 0) break;
    const r = m.at % rows.length;
    if (m.op === 'drop') rows.splice(r, 1);
    else if (m.op === 'duplicate') rows.splice(r, 0, [...rows[r]!]);
    else if (m.op === 'move') rows.push(...rows.splice(r, 1));
    else {
      const row = rows[r]!;
      if (row.length > 0) row[Math.floor(m.at / rows.length) % row.length] = m.value;
    }
  }
  return Papa.unparse(rows);
}
