import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { findRepoRoot } from '../core/config/repo-root';
import { dataSourceOptions } from '../data-source-options';
import { EmbeddedPostgres } from '../core/database/embedded-postgres';
import { pendingSchemaChanges } from '../core/database/schema-diff';

/**
 * Writes migrations/<epoch-ms>-<Name>.ts with what the entities need beyond the existing migrations,
 * computed against a throwaway embedded PostgreSQL. Register the class in migrations/index.ts afterwards.
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('usage: npm run migration:generate -- VerbNoun   (PascalCase, e.g. AddMeetingRooms)');
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-migration-'));
  const pg = new EmbeddedPostgres(dir);
  try {
    const url = await pg.start('migration_check');
    const ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
    await ds.runMigrations();
    const diff = await pendingSchemaChanges(ds);
    await ds.destroy();
    if (diff.up.length === 0) {
      console.log('The entities and the migrations agree: nothing to generate.');
      return;
    }
    const stamp = Date.now();
    const file = path.join(findRepoRoot(), 'migrations', `${stamp}-${name}.ts`);
    const quote = (q: string) => `    await queryRunner.query(\`${q.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\`);`;
    fs.writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${stamp} implements MigrationInterface {\n` +
        `  name = '${name}${stamp}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${diff.up.map(quote).join('\n')}\n  }\n\n` +
        `  public async down(queryRunner: QueryRunner): Promise<void> {\n${diff.down.map(quote).join('\n')}\n  }\n}\n`,
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add ${name}${stamp} to migrations/index.ts.`);
  } finally {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
