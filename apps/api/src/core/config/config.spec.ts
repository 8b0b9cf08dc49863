import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has sensible defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      seedDemo: true,
      cookieSecure: false,
      loginRateLimit: 10,
    });
    expect(config.allowedOrigins).toEqual(['http://localhost:3000']);
    expect(config.dataDir.endsWith('.data')).toBe(true);
  });

  it('stops with a message that names each wrong value', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: must start with postgres://');
      expect(message).toContain('LOG_LEVEL');
    }
  });

  it('wants ADMIN_EMAIL and ADMIN_PASSWORD together, with a long enough password', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.it' })).toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD must be set together/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.it', ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD: must be at least 10/);
    expect(loadConfig({ ADMIN_EMAIL: 'A@B.it', ADMIN_PASSWORD: 'long enough!' }).admin).toEqual({ email: 'a@b.it', password: 'long enough!' });
  });

  it('seeds demo data by default except in production, and secures cookies behind https', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'https://cantiere.comune.example/' })).toMatchObject({ cookieSecure: true, publicUrl: 'https://cantiere.comune.example' });
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'not a url' })).toThrow(/ALLOWED_ORIGINS/);
  });
});
