// Reading a Chromium trace and a V8 CPU profile of the same run together: the page thread's heaviest
// tasks (by thread time), the app's User Timing measures inside each, and the JavaScript sampled in
// each as a top-down tree of inclusive milliseconds.

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { frame?: string } };
}

interface Tree {
  ms: number;
  children: Map<string, Tree>;
}

const MIN_SHARE = 0.03;
/** The mark the import sets when a file is chosen: tasks are read from it on. */
const IMPORT_MARK = 'dramatis:import-start';
const MAX_DEPTH = 40;
/** Functions listed by inclusive time under each task's tree. */
const INCLUSIVE_LISTED = 30;

function frameName(node: CpuProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').at(-1) ?? '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** Each sample's time (µs, the trace's clock) and its stack, root first. */
function samplesWithStacks(profile: CpuProfile): { ts: number; ms: number; stack: string[] }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<number, string[]>();
  const stackOf = (id: number): string[] => {
    const known = stacks.get(id);
    if (known) return known;
    const up = parent.get(id);
    const stack = [...(up === undefined ? [] : stackOf(up)), frameName(byId.get(id)!)];
    stacks.set(id, stack);
    return stack;
  };
  const out: { ts: number; ms: number; stack: string[] }[] = [];
  let ts = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i]!;
    const next = profile.timeDeltas[i + 1] ?? 0;
    out.push({ ts, ms: next / 1000, stack: stackOf(profile.samples[i]!).slice(1) });
  }
  return out;
}

function printTree(tree: Tree, total: number, depth: number, indent: string): void {
  if (depth > MAX_DEPTH) return;
  const children = [...tree.children].sort((a, b) => b[1].ms - a[1].ms);
  for (const [name, child] of children) {
    if (child.ms < total * MIN_SHARE) continue;
    // Single-child chains are printed flat to keep the tree short.
    console.log(`${indent}${Math.round(child.ms)} ms ${name}`);
    printTree(child, total, depth + 1, `${indent}  `);
  }
}

function pageTasks(events: TraceEvent[], markName: string): { mark: TraceEvent; tasks: TraceEvent[] } {
  const mark = events.find((e) => e.name === markName);
  if (!mark) throw new Error(`no mark ${markName} in the trace`);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === mark.pid && e.tid === mark.tid && e.ts >= mark.ts);
  return { mark, tasks };
}

/** One line: the page's tasks from the import's start on, by thread time (over 100 and 200 ms, the heaviest six). */
export function printTaskSummary(traceBuffer: Buffer, markName = IMPORT_MARK): void {
  const events = (JSON.parse(traceBuffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const { mark, tasks } = pageTasks(events, markName);
  printTaskKinds(events, tasks);
  const lastEnd = Math.max(...tasks.map((t) => t.ts + (t.dur ?? 0)));
  const thread = tasks.map((t) => Math.round((t.tdur ?? t.dur ?? 0) / 1000)).sort((a, b) => b - a);
  const clock = tasks.map((t) => Math.round((t.dur ?? 0) / 1000)).sort((a, b) => b - a);
  const total = thread.reduce((sum, ms) => sum + ms, 0);
  console.log(`\nsummary: ${tasks.length} tasks in ${((lastEnd - mark.ts) / 1e6).toFixed(1)} s from the mark until settled; thread ms: over 200: ${thread.filter((ms) => ms > 200).length}, over 100: ${thread.filter((ms) => ms > 100).length}, heaviest six ${thread.slice(0, 6).join(', ')}, in all ${total}; clock ms: heaviest six ${clock.slice(0, 6).join(', ')}`);
}

/** How many tasks of each kind (the first trace event inside each, by name) ran, and their thread ms. */
function printTaskKinds(events: TraceEvent[], tasks: TraceEvent[]): void {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name === 'ThreadControllerImpl::RunTask') continue;
    const key = `${e.pid}:${e.tid}`;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  const kinds = new Map<string, { count: number; thread: number }>();
  for (const list of byThread.values()) list.sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    const list = byThread.get(`${task.pid}:${task.tid}`) ?? [];
    // The first event starting at or after the task's start (the lists are sorted by time).
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.ts < task.ts) low = mid + 1;
      else high = mid;
    }
    const candidate = list[low];
    const first = candidate && candidate.ts <= task.ts + (task.dur ?? 0) ? candidate : undefined;
    const kind = kinds.get(first?.name ?? '(none)') ?? { count: 0, thread: 0 };
    kind.count++;
    kind.thread += (task.tdur ?? 0) / 1000;
    kinds.set(first?.name ?? '(none)', kind);
  }
  const top = [...kinds].sort((a, b) => b[1].count - a[1].count).slice(0, 8);
  console.log(`\ntask kinds: ${top.map(([name, k]) => `${name} ×${k.count} (${Math.round(k.thread)} thread ms)`).join('; ')}`);
}

/** The trace events directly inside `task` on its thread, summed by name (thread ms), heaviest first. */
function printNestedEvents(events: TraceEvent[], task: TraceEvent): void {
  const end = task.ts + (task.dur ?? 0);
  const inside = events.filter((e) => e.ph === 'X' && e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
  // Only the outermost events: a child's time is already in its parent's.
  const outer = inside.filter((e) => !inside.some((p) => p !== e && p.ts <= e.ts && p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0) && (p.dur ?? 0) > (e.dur ?? 0)));
  const byName = new Map<string, { thread: number; clock: number; count: number }>();
  for (const e of outer) {
    const sum = byName.get(e.name) ?? { thread: 0, clock: 0, count: 0 };
    sum.thread += (e.tdur ?? e.dur ?? 0) / 1000;
    sum.clock += (e.dur ?? 0) / 1000;
    sum.count++;
    byName.set(e.name, sum);
  }
  const top = [...byName].sort((a, b) => b[1].thread - a[1].thread).slice(0, 6);
  console.log(`  trace events: ${top.map(([name, s]) => `${name}${s.count > 1 ? ` ×${s.count}` : ''} ${Math.round(s.thread)} thread / ${Math.round(s.clock)} clock ms`).join('; ')}`);
  // The longest events at any depth, by the clock: the chain a long wait sits in.
  const longest = new Map<string, TraceEvent>();
  for (const e of inside) if ((e.dur ?? 0) > (longest.get(e.name)?.dur ?? -1)) longest.set(e.name, e);
  const chain = [...longest.values()].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8);
  console.log(`  longest inside (clock / thread ms): ${chain.map((e) => `${e.name} ${Math.round((e.dur ?? 0) / 1000)} / ${Math.round((e.tdur ?? 0) / 1000)}`).join('; ')}`);
}

/** Prints the `count` heaviest page tasks of the trace (thread ms), each with its measures and sampled JS. */
export function printTaskTrees(traceBuffer: Buffer, profile: CpuProfile, count: number, markName = IMPORT_MARK): void {
  const events = (JSON.parse(traceBuffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const { mark, tasks: all } = pageTasks(events, markName);
  const byThread = [...all].sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0)).slice(0, count);
  // The longest by the clock too (waits on other threads and processes), when not among those.
  const byClock = [...all].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 3).filter((t) => !byThread.includes(t));
  const tasks = [...byThread, ...byClock];
  const measures = events.filter((e) => e.cat?.includes('blink.user_timing') && e.ph === 'b' && e.name.startsWith('dramatis'));
  const samples = samplesWithStacks(profile);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    console.log(`\n=== task at +${Math.round((task.ts - mark.ts) / 1000)} ms: ${Math.round((task.tdur ?? 0) / 1000)} ms thread, ${Math.round((task.dur ?? 0) / 1000)} ms clock`);
    for (const m of measures.filter((m) => m.ts >= task.ts && m.ts <= end)) console.log(`  measure: ${m.name}`);
    const tree: Tree = { ms: 0, children: new Map() };
    const inclusive = new Map<string, number>();
    let sampled = 0;
    for (const s of samples) {
      if (s.ts < task.ts || s.ts > end) continue;
      sampled += s.ms;
      // Each function once per sample, however deep it recurs (React's commit walks the tree recursively).
      for (const name of new Set(s.stack)) inclusive.set(name, (inclusive.get(name) ?? 0) + s.ms);
      let at = tree;
      for (const name of s.stack) {
        let child = at.children.get(name);
        if (!child) at.children.set(name, (child = { ms: 0, children: new Map() }));
        child.ms += s.ms;
        at = child;
      }
    }
    // Native time ("(program)": the GPU process, the compositor) would hide the JavaScript under the
    // share threshold: the share is taken of the JavaScript sampled.
    const nativeMs = ['(program)', '(idle)'].reduce((sum, name) => sum + (tree.children.get(name)?.ms ?? 0), 0);
    console.log(`  sampled ${Math.round(sampled)} ms, of which native ${Math.round(nativeMs)} ms`);
    printNestedEvents(events, task);
    printTree(tree, Math.max(1, sampled - nativeMs), 0, '  ');
    const heaviest = [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, INCLUSIVE_LISTED);
    console.log(`  by function, inclusive ms: ${heaviest.map(([name, ms]) => `${name} ${Math.round(ms)}`).join('; ')}`);
  }
}
