import { describe, expect, it } from 'vitest';
import { describeDevice } from './describe-device';

describe('describeDevice', () => {
  it('names the browser and the system of a desktop Chrome', () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
    expect(describeDevice(ua)).toEqual({ browser: 'Chrome', os: 'Linux' });
  });

  it('names Safari on an iPhone and Firefox on Windows', () => {
    expect(
      describeDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'),
    ).toEqual({ browser: 'Safari', os: 'iOS' });
    expect(describeDevice('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0')).toEqual({ browser: 'Firefox', os: 'Windows' });
  });

  it('gives nulls for a string that names neither', () => {
    expect(describeDevice('curl/8.5.0')).toEqual({ browser: null, os: null });
  });
});
