// The workspace runs on Node.js 24 LTS: Node 20 reached end of life on 30 April 2026, and several
// dependencies (NestJS 12's ESM, i18next 27, pg-boss 12, ...) declare Node >= 22. `npm install` puts
// Node 24 (the `node` registry package) first on the PATH of every npm script; this check makes a
// run under an older `node` stop at once instead of passing, or failing, for the wrong reason.
export const MINIMUM_NODE = '22.12.0';

export function requireSupportedNode(what) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  const [minMajor, minMinor] = MINIMUM_NODE.split('.').map(Number);
  if (major > minMajor || (major === minMajor && minor >= minMinor)) return;
  console.error(
    `\n${what} needs Node.js ${MINIMUM_NODE} or newer; this is ${process.version} (${process.execPath}).\n` +
      'Run it through npm (`npm test`, `npm start`), which uses the Node 24 that `npm install` put in\n' +
      'node_modules/.bin, or run `npm install` first if node_modules/.bin/node is missing.\n',
  );
  process.exit(1);
}
