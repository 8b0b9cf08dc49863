import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';
import { MinutesRemarkEntity } from './minutes-remark.entity';

@Injectable()
export class MinutesRemarkRepository {
  constructor(private readonly txHost: TxHost) {}

  private get remarks() {
    return this.txHost.tx.getRepository(MinutesRemarkEntity);
  }

  /**
   * Sets the resolution with a conditional update, so that two officers resolving together apply it once. The
   * minutes' status is checked in the statement itself, so that an approval landing meanwhile still wins. True when
   * this call changed the row.
   */
  async claimResolution(remarkId: string, meetingId: string, resolution: MinutesRemarkEntity['resolution']): Promise<boolean> {
    const claimed = await this.remarks
      .createQueryBuilder()
      .update()
      .set({ resolution, application: null, applicationIssue: null })
      .where('id = :remarkId AND resolution IS DISTINCT FROM :resolution', { remarkId, resolution })
      .andWhere(`EXISTS (SELECT 1 FROM meetings m WHERE m.id = :meetingId AND m.minutes_status = 'in_review')`, { meetingId })
      .execute();
    return !!claimed.affected;
  }
}
