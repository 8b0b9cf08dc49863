import { Injectable } from '@nestjs/common';
import type { SpaceRole } from '@cantiere/domain';
import { TxHost } from '../../core/database/transaction';

@Injectable()
export class SpaceRepository {
  constructor(private readonly txHost: TxHost) {}

  /** The current transaction's manager when a caller opened one, else the data source's. */
  private get ds() {
    return this.txHost.tx;
  }

  /** Active representatives per space, for the lists. */
  async activeMemberCounts(spaceIds: string[]): Promise<Map<string, number>> {
    if (spaceIds.length === 0) return new Map();
    const rows: { space_id: string; n: string }[] = await this.ds.query(
      'SELECT space_id, count(*) AS n FROM space_members WHERE left_on IS NULL AND space_id = ANY($1::uuid[]) GROUP BY space_id',
      [spaceIds],
    );
    return new Map(rows.map((r) => [r.space_id, Number(r.n)]));
  }

  /** The people with an active membership of the space (any role). */
  async activeMemberPersonIds(spaceId: string): Promise<string[]> {
    const rows: { person_id: string }[] = await this.ds.query('SELECT DISTINCT person_id FROM space_members WHERE space_id = $1 AND left_on IS NULL', [
      spaceId,
    ]);
    return rows.map((r) => r.person_id);
  }

  async activeMemberPersonIdsFor(spaceId: string, organisationIds: string[]): Promise<string[]> {
    if (!organisationIds.length) return [];
    const rows: { person_id: string }[] = await this.ds.query(
      'SELECT DISTINCT person_id FROM space_members WHERE space_id = $1 AND organisation_id = ANY($2::uuid[]) AND left_on IS NULL ORDER BY person_id',
      [spaceId, organisationIds],
    );
    return rows.map((r) => r.person_id);
  }

  /** Of `spaceIds`, those open to the network or where the person is an active member (any role). */
  async visibleAmong(personId: string | null, spaceIds: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT s.id FROM spaces s WHERE s.id = ANY($2::uuid[])
         AND (s.visibility = 'network'
          OR EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = s.id AND m.person_id = $1 AND m.left_on IS NULL))`,
      [personId, spaceIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Of `spaceIds`, those where the person holds one of `roles` in an active membership. */
  async withRoleAmong(personId: string, spaceIds: readonly string[], roles: readonly SpaceRole[]): Promise<Set<string>> {
    const rows: { space_id: string }[] = await this.ds.query(
      'SELECT DISTINCT space_id FROM space_members WHERE person_id = $1 AND left_on IS NULL AND space_id = ANY($2::uuid[]) AND role = ANY($3::text[])',
      [personId, spaceIds, roles],
    );
    return new Set(rows.map((r) => r.space_id));
  }

  async allSpaceIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query('SELECT id FROM spaces');
    return rows.map((r) => r.id);
  }

  /** True when `candidateParent` is `spaceId` itself or one of its descendants (a cycle). */
  async wouldCycle(spaceId: string, candidateParent: string): Promise<boolean> {
    const rows: { id: string }[] = await this.ds.query(
      `WITH RECURSIVE sub AS (SELECT id FROM spaces WHERE id = $1 UNION SELECT s.id FROM spaces s JOIN sub ON s.parent_id = sub.id)
       SELECT id FROM sub WHERE id = $2`,
      [spaceId, candidateParent],
    );
    return rows.length > 0;
  }
}
