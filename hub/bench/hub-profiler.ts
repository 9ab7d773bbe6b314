// `--profile DIR`: CPU profiles of the hub child per bench phase, taken through the child's
// inspector (it runs with --inspect on 127.0.0.1), so a phase can be profiled on its own and a
// profile survives the SIGKILL of the resync scenario. Also a small summary of a profile.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
/** The V8 CPU profile format (.cpuprofile). */
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Start/stop CPU profiling of a process through its inspector. */
export type HubProfiler = {
  start(): Promise<void>;
  /** Stops, writes `<dir>/<name>.cpuprofile` and returns the profile. */
  stop(name: string): Promise<CpuProfile>;
  /** `process.memoryUsage()` of the hub, in MB. */
  memory(): Promise<Record<string, number>>;
  close(): void;
};

/** Connects to the inspector listening on `inspectPort` (the child was started with --inspect). */
export async function attachProfiler(inspectPort: number, dir: string): Promise<HubProfiler> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const target = targets[0];
  if (!target) throw new Error('no inspector target');
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data: WebSocket.RawData) => {
    const message = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const call = (method: string, params: Record<string, unknown> = {}): Promise<unknown> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 500 });
  return {
    async start() {
      await call('Profiler.start');
    },
    async stop(name) {
      const { profile } = (await call('Profiler.stop')) as { profile: CpuProfile };
      writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
      return profile;
    },
    async memory() {
      const { result } = (await call('Runtime.evaluate', {
        expression: 'JSON.stringify(process.memoryUsage())',
        returnByValue: true,
      })) as { result: { value: string } };
      const usage = JSON.parse(result.value) as Record<string, number>;
      return Object.fromEntries(
        Object.entries(usage).map(([key, bytes]) => [key, Math.round(bytes / 2 ** 20)]),
      );
    },
    close: () => socket.close(),
  };
}

/** A profile with its non-idle sampled time (µs). */
export function busiest(profile: CpuProfile): { profile: CpuProfile; busyUs: number } {
  const idle = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    if (!idle.has(id)) busyUs += profile.timeDeltas[i] ?? 0;
  });
  return { profile, busyUs };
}

/** Where a profile's self time goes, by the part of the hub it belongs to. */
function bucketOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'gc';
  if (url.includes('/shared/src/domain/')) return 'domain (shared/src/domain)';
  if (
    url.includes('better-sqlite3') ||
    url.includes('/ledger/') ||
    (url === '' && functionName === 'run')
  ) {
    return 'ledger (SQLite, incl. fsync)';
  }
  if (
    /socket\.io|engine\.io|\/ws\/|stream_base_commons|streams\/|node:net/.test(url) ||
    (url === '' && /^(writev|writeUtf8String|writeBuffer)$/.test(functionName))
  ) {
    return 'sockets (socket.io, ws, net)';
  }
  return 'other';
}

/** The `top` functions by self time and by inclusive time, as printable lines. */
export function summarizeProfile(profile: CpuProfile, top = 12): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const keyOf = (node: ProfileNode): string => {
    const file = node.callFrame.url.split('/').slice(-2).join('/');
    return `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const buckets = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    total += delta;
    const node = byId.get(id);
    if (!node) return;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + delta);
    buckets.set(bucketOf(node), (buckets.get(bucketOf(node)) ?? 0) + delta);
    const seen = new Set<string>();
    for (
      let current: number | undefined = id;
      current !== undefined;
      current = parentOf.get(current)
    ) {
      const frame = byId.get(current);
      if (!frame) break;
      const key = keyOf(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
    }
  });
  const lines = (map: Map<string, number>): string[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => `${((us / total) * 100).toFixed(1).padStart(6)}%  ${key}`);
  const parts = [...buckets.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([bucket, us]) => `${bucket} ${(us / 1e6).toFixed(2)} s`);
  return [
    `profile: ${(total / 1e6).toFixed(2)} s sampled: ${parts.join(', ')}`,
    'self time:',
    ...lines(self),
    'inclusive time:',
    ...lines(inclusive),
  ];
}
