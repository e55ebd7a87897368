/** A bounded closed-loop HTTP load generator over loopback: `concurrency` workers, `total` requests. */
interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

export async function runLoad(
  url: string,
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next += 1;
      const t0 = performance.now();
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (!res.ok) failures += 1;
      } catch {
        failures += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {
    requests: total,
    failures,
    seconds,
    rps: total / seconds,
    p50Ms: round(pct(0.5)),
    p99Ms: round(pct(0.99)),
  };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
