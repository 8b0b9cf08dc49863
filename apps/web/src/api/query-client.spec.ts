import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { createQueryClient } from './query-client';

describe('createQueryClient', () => {
  const { queries, mutations } = createQueryClient().getDefaultOptions();
  const retry = queries!.retry as (failures: number, error: unknown) => boolean;

  it('asks again after a network or server error, twice at most', () => {
    expect([0, 1, 2].map((n) => retry(n, new ApiError(0, 'network', 'network')))).toEqual([true, true, false]);
    expect([0, 1, 2].map((n) => retry(n, new ApiError(503, 'unavailable', 'x')))).toEqual([true, true, false]);
  });

  it('never asks again after a refusal (4xx) or an error that is not the API’s', () => {
    for (const status of [400, 401, 403, 404, 409, 429]) expect(retry(0, new ApiError(status, 'x', 'x'))).toBe(false);
    expect(retry(0, new Error('boom'))).toBe(false);
  });

  it('does not refetch every query when the tab regains focus, and never retries a change', () => {
    expect(queries!.refetchOnWindowFocus).toBe(false);
    expect(mutations!.retry).toBe(false);
  });
});
