// The anchor: a bare node:http server answering GET /api/health with the same `SELECT 1` through a pg pool of
// the same size as the api's (10), and nothing else: no framework, no middleware, no logging.
// Usage: node bench/api/baseline-server.mjs <port> <database-url>; prints "ready" once listening.
import http from 'node:http';
import pg from 'pg';

const [port, databaseUrl] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const server = http.createServer(async (req, res) => {
  if (req.url !== '/api/health') {
    res.writeHead(404).end();
    return;
  }
  try {
    await pool.query('SELECT 1');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","db":"ok"}');
  } catch {
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"error","db":"error"}');
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
