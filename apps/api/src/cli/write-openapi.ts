import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../core/config/config';
import { createLogger } from '../core/logging/logger';
import { offlineOpenApiDocument } from '../core/openapi/offline-document';

/** Writes the OpenAPI document to the given file (default tmp/openapi.json) without a database. */
async function main() {
  const file = path.resolve(process.argv[2] ?? 'tmp/openapi.json');
  const config = loadConfig();
  const document = await offlineOpenApiDocument(config, createLogger('silent'));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}: ${Object.keys(document.paths).length} paths.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
