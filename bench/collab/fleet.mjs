// A share of the benchmark's clients, in a worker thread, so that the measuring side is not one busy event loop:
// with 50 clients in one thread, the time a message waits behind the others' decoding counts as "latency".
// Times are absolute (timeOrigin + now), so that samples from every worker compare.
import { parentPort, workerData } from 'node:worker_threads';
import { hocuspocusClient, ourClient } from './clients.mjs';

const { server, url, cookie, doc, indices, writers, rate } = workerData;
const now = () => performance.timeOrigin + performance.now();
const conns = [];
for (const i of indices) conns.push({ i, c: server === 'ours' ? await ourClient(url, cookie, doc) : await hocuspocusClient(url, doc) });

const latencies = [];
const acks = [];
// Per update (key): first and last arrival among this thread's readers, to tell the server's delay from the spread.
const arrivals = new Map();
// Samples sent before this time (the warm-up) are not counted.
let measureFrom = Infinity;
// Each sample is a new key of a Y.Map: reading what an event added costs O(keys changed). (A Y.Array's
// event.changes walks the whole array, which made the measuring threads, not the servers, the bottleneck.)
for (const { i, c } of conns) {
  const samples = c.ydoc.getMap('ev');
  samples.observe((event) => {
    if (event.transaction.local) return;
    const t = now();
    for (const key of event.keysChanged) {
      const v = samples.get(key);
      if (v && v[0] !== i && v[1] >= measureFrom) {
        latencies.push(t - v[1]);
        const seen = arrivals.get(key);
        if (seen) seen[1] = t - v[1];
        else arrivals.set(key, [t - v[1], t - v[1]]);
      }
    }
  });
}
const mine = conns.filter(({ i }) => writers.includes(i));
const sent = new Map(mine.map(({ i }) => [i, []]));
for (const { i, c } of mine)
  c.onAck((k) => {
    const t = now();
    for (let j = 0; j < k; j++) {
      const t0 = sent.get(i).shift();
      if (t0 !== undefined && t0 >= measureFrom) acks.push(t - t0);
    }
  });

let timers = [];
parentPort.on('message', (msg) => {
  if (msg?.go) {
    measureFrom = now() + msg.warmupMs;
    const period = 1000 / rate;
    timers = mine.map(({ i, c }) => {
      let n = 0;
      const write = () => {
        const t = now();
        sent.get(i).push(t);
        c.ydoc.getMap('ev').set(`${i}:${n++}`, [i, t]);
      };
      // People do not type in step: each writer starts at its own point of the period (the same for both servers).
      // With `aligned`, every writer fires at the same instant, the worst burst.
      const phase = msg.aligned ? 0 : period * ((i * 0.618034) % 1);
      const timer = {
        interval: null,
        start: setTimeout(() => {
          timer.interval = setInterval(write, period);
        }, phase),
      };
      return timer;
    });
  } else if (msg === 'stop') {
    timers.forEach((timer) => {
      clearTimeout(timer.start);
      clearInterval(timer.interval);
    });
  } else if (msg === 'report') {
    parentPort.postMessage({ latencies, acks, arrivals: [...arrivals.values()] });
    conns.forEach(({ c }) => c.close());
    setTimeout(() => process.exit(0), 200).unref();
  }
});
parentPort.postMessage('ready');
