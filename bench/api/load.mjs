// A small HTTP load generator on node:http with keep-alive sockets, loopback only, bounded in count and time.
import http from 'node:http';

const REQUEST_TIMEOUT_MS = 5_000;

function once(agent, url, headers) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
  });
}

function assertLoopback(url) {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') throw new Error(`refusing to load ${host}: loopback only`);
}

/** Throughput at saturation: `connections` clients each sending their next request as soon as the last answered. */
export async function saturate(url, { connections, seconds, headers = {}, maxRequests = 200_000 }) {
  assertLoopback(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const until = performance.now() + seconds * 1000;
  let ok = 0;
  let failed = 0;
  const worker = async () => {
    while (performance.now() < until && ok + failed < maxRequests) {
      const status = await once(agent, url, headers);
      if (status >= 200 && status < 300) ok++;
      else failed++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { perSecond: ok / elapsed, ok, failed, sent: ok + failed };
}

/**
 * Latency at a fixed arrival rate: request i is due at start + i/rate whatever happened to the others, and its
 * latency counts from when it was due, so a stall shows in every request it delays (no coordinated omission).
 */
export async function fixedRate(url, { rate, seconds, headers = {}, warmupSeconds = 1 }) {
  assertLoopback(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(rate * (seconds + warmupSeconds));
  const warmup = Math.round(rate * warmupSeconds);
  const latencies = [];
  let failed = 0;
  let sent = 0;
  const pending = [];
  const start = performance.now() + 20;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    sent++;
    pending.push(
      once(agent, url, headers).then((status) => {
        if (i < warmup) return;
        if (status >= 200 && status < 300) latencies.push(performance.now() - due);
        else failed++;
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? NaN, ok: latencies.length, failed, sent };
}
