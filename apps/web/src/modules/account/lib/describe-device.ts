import Bowser from 'bowser';

/** The browser and operating system a user-agent string names, each null when it names none we know. */
export function describeDevice(userAgent: string): { browser: string | null; os: string | null } {
  const result = Bowser.parse(userAgent);
  return { browser: result.browser.name || null, os: result.os.name || null };
}
