// The page thread's tasks between two performance marks, read from a Chromium trace (categories
// 'toplevel' and 'blink.user_timing'): thread time says what a task cost the page even when the
// machine's load stretches its clock time.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

export interface TracedWindow {
  /** Milliseconds between the marks. */
  ms: number;
  /**
   * Tasks that overlap the window, heaviest thread time first (ms). The heaviest few say what they
   * ran: the app's measures begun in them, else the trace events directly inside (a timer, a
   * message, an IndexedDB reply, a frame, a garbage collection).
   */
  tasks: { threadMs: number; wallMs: number; what?: string }[];
  /** The first mark's trace timestamp (µs) and the process of the thread the tasks ran on. */
  fromUs: number;
  pid: number;
  /** The thread's synchronous waits on the GPU process (µs; traced with category 'gpu'). */
  gpuWaits: { ts: number; dur: number }[];
}

/** The trace's event for a synchronous wait of a page thread on the GPU process (category 'gpu'). */
const GPU_WAIT_EVENT = 'ImplementationBase::WaitForCmd';

/** The synchronous waits on the GPU process of one thread (µs), from a trace with category 'gpu'. */
export function gpuWaitsOf(events: TraceEvent[], pid: number, tid: number): { ts: number; dur: number }[] {
  return events.filter((e) => e.ph === 'X' && e.name === GPU_WAIT_EVENT && e.pid === pid && e.tid === tid).map((e) => ({ ts: e.ts, dur: e.dur ?? 0 }));
}

/** How many of the heaviest tasks say what they ran. */
const DESCRIBED_TASKS = 5;

/** The app's measures begun in `task`, else the names of the trace events directly inside it. */
function whatRan(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const inside = events.filter((e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= end);
  const measures = new Set(inside.filter((e) => e.ph === 'b' && e.name.startsWith('dramatis')).map((e) => e.name.replace('dramatis: ', '')));
  if (measures.size > 0) return [...measures].join(', ');
  const names = new Set(inside.filter((e) => e.ph === 'X').map((e) => e.name));
  return [...names].slice(0, 3).join(' > ') || 'nothing traced inside';
}

/** The tasks overlapping [from, to] on the thread that set `to` (its last occurrence); null without both marks. */
export function tracedTasksBetween(trace: Buffer, from: string, to: string): TracedWindow | null {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const end = events.filter((e) => e.name === to).at(-1);
  const start = end && events.filter((e) => e.name === from && e.ts <= end.ts).at(-1);
  if (!start || !end) return null;
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === end.pid && e.tid === end.tid)
    .filter((e) => e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts)
    .map((e) => ({ threadMs: Math.round((e.tdur ?? e.dur ?? 0) / 1000), wallMs: Math.round((e.dur ?? 0) / 1000), event: e }))
    .sort((a, b) => b.threadMs - a.threadMs)
    .map(({ event, ...t }, k) => (k < DESCRIBED_TASKS ? { ...t, what: whatRan(events, event) } : t));
  return { ms: Math.round((end.ts - start.ts) / 1000), tasks, fromUs: start.ts, pid: end.pid, gpuWaits: gpuWaitsOf(events, end.pid, end.tid) };
}

/** `tasks | heaviest thread ms (its clock ms) | the next five thread ms | thread ms in all` as table cells. */
export function describeTraced(w: TracedWindow): string {
  const [top] = w.tasks;
  const total = w.tasks.reduce((s, t) => s + t.threadMs, 0);
  return `${w.tasks.length} | ${top ? `${top.threadMs} (${top.wallMs})` : '–'} | ${w.tasks.slice(1, 6).map((t) => t.threadMs).join(', ')} | ${total}`;
}
