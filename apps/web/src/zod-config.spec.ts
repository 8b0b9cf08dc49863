import { describe, expect, it } from 'vitest';

describe('zod in the browser', () => {
  it('runs without compiling parsers, whatever loads zod afterwards', async () => {
    await import('./zod-config');
    const { config } = await import('zod/v4/core');
    expect(config().jitless).toBe(true);
  });
});
