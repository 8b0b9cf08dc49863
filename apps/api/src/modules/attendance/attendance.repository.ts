import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';

/** The register's writes that a Repository cannot express. */
@Injectable()
export class AttendanceRepository {
  constructor(private readonly txHost: TxHost) {}

  /** The current transaction's manager when a caller opened one, else the data source's. */
  private get ds() {
    return this.txHost.tx;
  }

  /** Adds a row for each active member and facilitator of the space not yet on the register. */
  async addSpaceMembers(meetingId: string, spaceId: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO meeting_attendees (meeting_id, organisation_id, person_id)
       SELECT $1, sm.organisation_id, sm.person_id FROM space_members sm
        WHERE sm.space_id = $2 AND sm.left_on IS NULL AND sm.role IN ('facilitator', 'member')
       ON CONFLICT (meeting_id, person_id, organisation_id) DO NOTHING`,
      [meetingId, spaceId],
    );
  }

  async isAffiliated(personId: string, organisationId: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query('SELECT 1 FROM person_affiliations WHERE person_id = $1 AND organisation_id = $2', [personId, organisationId]);
    return rows.length > 0;
  }

  async addIfAbsent(meetingId: string, organisationId: string, personId: string): Promise<void> {
    await this.ds.query('INSERT INTO meeting_attendees (meeting_id, organisation_id, person_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      meetingId,
      organisationId,
      personId,
    ]);
  }
}
