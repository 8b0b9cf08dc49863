import { afterEach } from 'vitest';

// Tests of the build's own tools (build/*.spec.mts) may run in Node, without a document: they need neither.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  await import('./i18n');
  afterEach(() => cleanup());
}
