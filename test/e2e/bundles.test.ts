// One line per pair and relation, expanded on click; one event per happening with every report;
// lines hit beside their drawn width (faded ones too); the 2-hop ring drawn lighter; actors
// without relations off the stage until asked for. Seed corpus, then a generated corpus of 200 articles.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FADED_NODE_COLOR } from '../../src/graph/appearance';
import { cliTestTimeout, runCli } from '../support/runCli';
import { launchChromium, serveDist, type ServedApp } from './harness';
import { clickWindowClosed } from './pageStates';
import { OUTPUT_DIR, servedGraph, settled, STAGE } from './storyPage';

let served: ServedApp | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  served = await serveDist();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(served.url);
  await settled(page);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (served ? served.server.httpServer.close(() => resolve()) : resolve()));
});

interface LinePoint {
  line: string;
  source: string;
  target: string;
  x: number;
  y: number;
}

/**
 * A point `off` pixels beside the middle of a drawn line (on its outer side for a curve), chosen
 * among lines that `pick` accepts, away from every actor's disc. Stage coordinates.
 */
function pointBeside(off: number, pick: string): Promise<LinePoint> {
  return page.evaluate(
    ([off, pick]) => {
      const { sigma, lines } = window.__dramatis!;
      const g = lines.graph;
      const discs = g.filterNodes((n) => !sigma.getNodeDisplayData(n)?.hidden).map((n) => ({ p: sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!), r: sigma.scaleSize(sigma.getNodeDisplayData(n)!.size) }));
      let best: (LinePoint & { clearance: number }) | null = null;
      for (const line of g.edges()) {
        const a = g.getEdgeAttributes(line);
        if (pick === 'bundle' && !((a.count ?? 0) > 1)) continue;
        const [s, t] = g.extremities(line);
        if (pick !== 'bundle' && pick !== 'any' && (s === pick || t === pick)) continue;
        const ps = sigma.framedGraphToViewport(sigma.getNodeDisplayData(s)!);
        const pt = sigma.framedGraphToViewport(sigma.getNodeDisplayData(t)!);
        const dx = pt.x - ps.x;
        const dy = pt.y - ps.y;
        const len = Math.hypot(dx, dy) || 1;
        const c = a.type.startsWith('curved') ? a.curvature : 0;
        const mx = (ps.x + pt.x) / 2 + 0.5 * c * dy;
        const my = (ps.y + pt.y) / 2 - 0.5 * c * dx;
        const side = c === 0 ? 1 : Math.sign(c);
        const half = sigma.scaleSize(sigma.getEdgeDisplayData(line)!.size) / 2;
        const x = mx + ((side * dy) / len) * (half + off);
        const y = my + ((-side * dx) / len) * (half + off);
        const clearance = Math.min(...discs.map((d) => Math.hypot(d.p.x - x, d.p.y - y) - d.r));
        // Other lines must be farther than this one from the point.
        const nearOther = g.edges().some((o) => {
          if (o === line) return false;
          const [os, ot] = g.extremities(o);
          const a2 = sigma.framedGraphToViewport(sigma.getNodeDisplayData(os)!);
          const b2 = sigma.framedGraphToViewport(sigma.getNodeDisplayData(ot)!);
          // Near the other line's straight chord or its (curved) middle: either could take the click.
          const oc = (g.getEdgeAttribute(o, 'type') as string | undefined)?.startsWith('curved') ? (g.getEdgeAttribute(o, 'curvature') as number) : 0;
          const ox = b2.x - a2.x;
          const oy = b2.y - a2.y;
          const mid = { x: (a2.x + b2.x) / 2 + 0.5 * oc * oy, y: (a2.y + b2.y) / 2 - 0.5 * oc * ox };
          const l2 = ox * ox + oy * oy || 1;
          const u = Math.max(0, Math.min(1, ((x - a2.x) * ox + (y - a2.y) * oy) / l2));
          // Lines from the same actor fan out from it: only a crossing line's chord can take the click.
          const shares = os === s || os === t || ot === s || ot === t;
          const chord = shares || pick === 'bundle' ? Infinity : Math.hypot(a2.x + u * ox - x, a2.y + u * oy - y);
          return Math.hypot(mid.x - x, mid.y - y) < off + 6 || chord < off + 3;
        });
        if (nearOther || clearance < 8) continue;
        if (!best || clearance > best.clearance) best = { line, source: s, target: t, x, y, clearance };
      }
      if (!best) throw new Error('no line to aim at');
      return best;
    },
    [off, pick] as const,
  );
}

/** Clicks the stage; two clicks within sigma's doubleClickTimeout would be a double click (a zoom). */
async function clickStage(p: { x: number; y: number }): Promise<void> {
  await clickWindowClosed(page);
  const box = (await page.locator(STAGE).boundingBox())!;
  await page.mouse.move(box.x + p.x, box.y + p.y);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

/** Happenings (reports of one happening counted once) and relations of the served seed graph. */
function seedCounts(): { happenings: number; relations: number } {
  const edges = servedGraph().edges;
  return { happenings: new Set(edges.map((e) => e.attributes.happening ?? e.key)).size, relations: edges.length };
}

const lineCount = () => page.evaluate(() => window.__dramatis!.lines.graph.size);
const eventCount = () => page.evaluate(() => window.__dramatis!.graph.size);

describe('seed corpus', () => {
  it('draws one line per pair and relation, labelled with its count, and a click beside it opens the pair event by event', async () => {
    expect(await lineCount()).toBeLessThan(await eventCount());
    // The toolbar counts happenings (events reported several times count once) and relations.
    const counts = seedCounts();
    expect(counts.happenings).toBeLessThan(counts.relations);
    expect(await page.locator('[data-testid="shown-events"]').textContent()).toBe(String(counts.happenings));
    expect(await page.locator('[data-testid="shown-relations"]').textContent()).toBe(String(counts.relations));
    const aim = await pointBeside(4, 'bundle');
    const label = await page.evaluate((l) => window.__dramatis!.lines.graph.getEdgeAttribute(l, 'label'), aim.line);
    expect(label).toMatch(/^×[2-9]$/);
    await page.screenshot({ path: join(OUTPUT_DIR, 'bundles-seed.png') });

    await clickStage(aim);
    const panel = page.locator('[data-testid="edge-panel"]');
    await panel.waitFor();
    // The pair is drawn one line per event now, every one between the two actors, both ways.
    const between = await page.evaluate(([s, t]) => {
      const { graph, lines } = window.__dramatis!;
      const between = (_e: string, _a: unknown, x: string, y: string) => (x === s && y === t) || (x === t && y === s);
      return { events: graph.filterEdges(between).length, lines: lines.graph.filterEdges(between).length };
    }, [aim.source, aim.target] as const);
    expect(between.lines).toBe(between.events);
    expect(await panel.locator('.event-card').count()).toBe(between.events);
    await expect.poll(() => panel.locator('[data-testid="reported-in"]').first().textContent()).toMatch(/Reported in 2 documents/);
    const happening = panel.locator('li.happening').first();
    expect(Number(await happening.getAttribute('data-reports'))).toBe(await happening.locator('.event-card').count());
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(OUTPUT_DIR, 'bundles-seed-expanded.png') });
    await page.keyboard.press('Escape');
    await expect.poll(lineCount).toBeLessThan(await eventCount());
  });

  it('a faded line is still taken while an actor is selected, a few pixels beside it', async () => {
    const hub = await page.evaluate(() => {
      const { graph } = window.__dramatis!;
      return graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    });
    const at = await page.evaluate((n) => {
      const { sigma } = window.__dramatis!;
      return sigma.framedGraphToViewport(sigma.getNodeDisplayData(n)!);
    }, hub);
    await clickStage(at);
    await page.locator('[data-testid="node-panel"]').waitFor();
    const aim = await pointBeside(5, hub);
    const faded = await page.evaluate((l) => window.__dramatis!.sigma.getEdgeDisplayData(l)!.color, aim.line);
    expect(faded).toBe('#eceef2');
    await clickStage(aim);
    const panel = page.locator('[data-testid="edge-panel"]');
    await panel.waitFor();
    const ids = await panel.locator('.pair-title .actor-link').evaluateAll((els) => els.map((e) => e.textContent));
    const labels = await page.evaluate(([s, t]) => [s, t].map((n) => window.__dramatis!.graph.getNodeAttribute(n, 'label')), [aim.source, aim.target] as const);
    expect(new Set(ids)).toEqual(new Set(labels));
    await page.keyboard.press('Escape');
  });

  it('draws the second ring of a 2-hop network lighter, not grey like unrelated actors', async () => {
    await page.goto(`${served!.url}?focus=abbas-araghchi&hops=2`);
    await settled(page);
    const colours = await page.evaluate(() => {
      const { sigma, graph } = window.__dramatis!;
      const first = new Set(graph.neighbors('abbas-araghchi'));
      const second = [...first].flatMap((n) => graph.neighbors(n)).filter((n) => n !== 'abbas-araghchi' && !first.has(n));
      const look = (n: string) => ({ drawn: sigma.getNodeDisplayData(n)!.color, own: graph.getNodeAttribute(n, 'color') });
      return { first: [...first].map(look), second: second.map(look) };
    });
    expect(colours.second.length).toBeGreaterThan(0);
    for (const c of colours.first) expect(c.drawn).toBe(c.own);
    for (const c of colours.second) {
      expect(c.drawn).not.toBe(c.own);
      expect(c.drawn).not.toBe(FADED_NODE_COLOR);
    }
    await page.screenshot({ path: join(OUTPUT_DIR, 'bundles-two-hops.png') });
  });

  it('keeps actors without relations off the stage until "Show them"', async () => {
    await page.goto(served!.url);
    await settled(page);
    const loners = await page.evaluate(() => {
      const { graph } = window.__dramatis!;
      return graph.filterNodes((n) => graph.degree(n) === 0);
    });
    expect(loners.length).toBeGreaterThan(0);
    const shown = () => page.evaluate((ns) => ns.filter((n) => !window.__dramatis!.sigma.getNodeDisplayData(n)?.hidden).length, loners);
    expect(await shown()).toBe(0);
    const row = page.locator('[data-testid="unconnected-row"]');
    expect(await row.textContent()).toContain(`${loners.length} actors are mentioned without any relation`);
    await page.locator('[data-testid="toggle-unconnected"]').click();
    await expect.poll(shown).toBe(loners.length);
    await page.screenshot({ path: join(OUTPUT_DIR, 'bundles-loners-shown.png') });
    await page.locator('[data-testid="toggle-unconnected"]').click();
    await expect.poll(shown).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

describe('generated corpus of 200 articles', () => {
  const dir = join(OUTPUT_DIR, 'bundles-generated');
  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    const gen = runCli('gen', ['--text', '--articles', '200', '--seed', '5', '--out-dir', join(dir, 'articles')]);
    expect(gen.status, gen.stderr).toBe(0);
    const extract = runCli('extract', [join(dir, 'articles'), '--out', join(dir, 'graph.json')]);
    expect(extract.status, extract.stderr).toBe(0);
  }, cliTestTimeout(2));

  it('draws fewer lines than events and counts happenings in the toolbar', async () => {
    await page.goto(served!.url);
    await settled(page);
    const json = readFileSync(join(dir, 'graph.json'), 'utf8');
    const file = JSON.parse(json) as { edges: { attributes: { happening?: string } }[] };
    const happenings = new Set(file.edges.map((e) => e.attributes.happening)).size;
    const seedHappenings = seedCounts().happenings;
    await page.setInputFiles('[data-testid="import-input"]', { name: 'generated.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect.poll(eventCount, { timeout: 60_000 }).toBeGreaterThan(file.edges.length);
    await settled(page);
    expect(await lineCount()).toBeLessThan(await eventCount());
    // The seed corpus's happenings plus the file's (imported actors keep their own ids).
    expect(Number(await page.locator('[data-testid="total-events"]').textContent())).toBe(seedHappenings + happenings);
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await page.screenshot({ path: join(OUTPUT_DIR, 'bundles-generated.png') });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
