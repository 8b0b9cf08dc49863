const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'editor-schema',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest'] },
  moduleNameMapper: { '^@cantiere/collab$': path.join(__dirname, '../collab/src/index.ts') },
};
