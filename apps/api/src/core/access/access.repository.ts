import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SpaceRole } from '@cantiere/domain';

/** The few lookups that decide access, each a single indexed query. */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async personIdOfUser(userId: string): Promise<string | null> {
    const rows: { id: string }[] = await this.ds.query('SELECT id FROM people WHERE user_id = $1 AND erased_at IS NULL', [userId]);
    return rows[0]?.id ?? null;
  }

  /** The short name (or name) of the person's first organisation, shown beside their name in presence. */
  async organisationLabelOfPerson(personId: string): Promise<string | null> {
    const rows: { label: string }[] = await this.ds.query(
      `SELECT coalesce(o.short_name, o.name) AS label FROM person_affiliations a JOIN organisations o ON o.id = a.organisation_id
       WHERE a.person_id = $1 ORDER BY o.name LIMIT 1`,
      [personId],
    );
    return rows[0]?.label ?? null;
  }

  async organisationIdsOfPerson(personId: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.ds.query('SELECT organisation_id FROM person_affiliations WHERE person_id = $1', [personId]);
    return rows.map((r) => r.organisation_id);
  }

  /** The organisations of the people linked to these accounts, by account (erased people have none). */
  async organisationIdsOfUsers(userIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { user_id: string; organisation_id: string }[] = await this.ds.query(
      `SELECT p.user_id, a.organisation_id FROM people p JOIN person_affiliations a ON a.person_id = p.id
       WHERE p.user_id = ANY($1::uuid[]) AND p.erased_at IS NULL`,
      [userIds],
    );
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), r.organisation_id]);
    return out;
  }

  /** The person's strongest active role in the space (facilitator > member > observer), if any. */
  async activeSpaceRole(personId: string, spaceId: string): Promise<SpaceRole | null> {
    const rows: { role: SpaceRole }[] = await this.ds.query(
      `SELECT role FROM space_members WHERE person_id = $1 AND space_id = $2 AND left_on IS NULL
       ORDER BY CASE role WHEN 'facilitator' THEN 0 WHEN 'member' THEN 1 ELSE 2 END LIMIT 1`,
      [personId, spaceId],
    );
    return rows[0]?.role ?? null;
  }

  async activeSpaceRoles(personId: string): Promise<Map<string, SpaceRole>> {
    const rows: { space_id: string; role: SpaceRole }[] = await this.ds.query(
      `SELECT space_id, role FROM space_members WHERE person_id = $1 AND left_on IS NULL
       ORDER BY CASE role WHEN 'facilitator' THEN 0 WHEN 'member' THEN 1 ELSE 2 END DESC`,
      [personId],
    );
    // Ordered weakest first, so that the strongest role of a space is written last and wins.
    return new Map(rows.map((r) => [r.space_id, r.role]));
  }
}
