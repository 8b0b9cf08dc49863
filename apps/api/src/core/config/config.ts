import path from 'node:path';
import { z } from 'zod';
import { findRepoRoot } from './repo-root';

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    DATA_DIR: z.string().min(1).optional(),
    PUBLIC_URL: z.url().optional(),
    ALLOWED_ORIGINS: z.string().optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Cantiere Welfare <noreply@cantiere.local>'),
    BODY_NAME: z.string().min(3).max(300).default('Comune di Cremona – Settore Politiche sociali'),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
    SEED_DEMO: booleanFlag.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 7),
    LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
    INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    TRUST_PROXY: booleanFlag.default(false),
    WEB_DIST_DIR: z.string().min(1).optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
    COLLAB_MAX_UPDATE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(256 * 1024 * 1024)
      .default(8 * 1024 * 1024),
    COLLAB_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(200),
    // At most a minute: pub/sub may drop an access change, and this bounds how long a lost one goes unnoticed.
    SOCKET_RECHECK_MS: z.coerce.number().int().min(50).max(60_000).default(30_000),
    MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(5),
    MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    NOTIFICATION_SETTLE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  })
  .refine((env) => (env.ADMIN_EMAIL === undefined) === (env.ADMIN_PASSWORD === undefined), {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    path: ['ADMIN_PASSWORD'],
  });

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  publicUrl: string;
  allowedOrigins: string[];
  smtpUrl?: string;
  mailFrom: string;
  /** The administration named at the head of every verbale. */
  bodyName: string;
  admin?: { email: string; password: string };
  seedDemo: boolean;
  logLevel: string;
  sessionTtlHours: number;
  loginRateLimit: number;
  invitationTtlDays: number;
  trustProxy: boolean;
  cookieSecure: boolean;
  webDistDir: string;
  redisUrl?: string;
  /** Largest accepted Yjs update; socket.io's buffer is set above it. */
  collabMaxUpdateBytes: number;
  /** Updates per second one socket may send (bursts of twice as many are allowed). */
  collabRateLimit: number;
  /** How often each open socket re-checks its session or token and its rights. */
  socketRecheckMs: number;
  /** How often a failed mail is tried again, and the first wait (doubled at each try, with jitter). */
  mailRetry: { limit: number; delaySeconds: number };
  /** How long a text must stay unchanged before what it mentions or assigns is notified. */
  notificationSettleMs: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; a wrong value stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const root = findRepoRoot();
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  const extraOrigins = (e.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of extraOrigins) {
    if (!URL.canParse(origin)) throw new ConfigError(`Invalid configuration:\n  ALLOWED_ORIGINS: "${origin}" is not a URL`);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR ?? path.join(root, '.data')),
    publicUrl,
    allowedOrigins: [new URL(publicUrl).origin, ...extraOrigins.map((o) => new URL(o).origin)],
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    bodyName: e.BODY_NAME,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : undefined,
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    invitationTtlDays: e.INVITATION_TTL_DAYS,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: publicUrl.startsWith('https://'),
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? path.join(root, 'apps/web/dist')),
    redisUrl: e.REDIS_URL,
    collabMaxUpdateBytes: e.COLLAB_MAX_UPDATE_BYTES,
    collabRateLimit: e.COLLAB_RATE_LIMIT,
    socketRecheckMs: e.SOCKET_RECHECK_MS,
    mailRetry: { limit: e.MAIL_RETRY_LIMIT, delaySeconds: e.MAIL_RETRY_DELAY_SECONDS },
    notificationSettleMs: e.NOTIFICATION_SETTLE_SECONDS * 1000,
  };
}
