import { Injectable } from '@nestjs/common';
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

  /**
   * Ids of every space (archived ones too) open to the network or where the person is an active member: the rule of
   * SpaceService.list, in one statement for callers that need only the ids.
   */
  async visibleSpaceIds(personId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT s.id FROM spaces s
       WHERE s.visibility = 'network'
          OR EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = s.id AND m.person_id = $1 AND m.left_on IS NULL)`,
      [personId],
    );
    return rows.map((r) => r.id);
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
