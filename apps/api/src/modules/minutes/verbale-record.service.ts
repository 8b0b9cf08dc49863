import { Injectable } from '@nestjs/common';
import type { Verbale } from '@cantiere/domain';
import { canonicalJson } from '../../core/records/canonical-json';
import { FrozenRecordService, sha256Hex } from '../../core/records/frozen-record.service';
import type { MeetingEntity } from '../meeting';
import { verbaleText } from './verbale-canonical';
import { VerbaleService, type Sealing } from './verbale.service';

export const VERBALE_RECORD_KIND = 'verbale';
/** Raised whenever the DOCX/PDF layout or wording changes, so that a stored record says which renderer it was sealed under. */
export const VERBALE_RENDERER_VERSION = '2';

/** The verbale to export: the sealed record once approved, the live rows before (or for minutes approved before sealing). */
export type VerbaleExport = { sealed: true; verbale: Verbale; json: string; sha256: string; text: string } | { sealed: false; verbale: Verbale; text: string };

export interface PreparedSeal {
  content: Verbale;
  personIds: string[];
  sha256: string;
  text: string;
}

/** The verbale's use of the frozen-record store: what approval seals, and how every export reads it back. */
@Injectable()
export class VerbaleRecordService {
  constructor(
    private readonly verbale: VerbaleService,
    private readonly records: FrozenRecordService,
  ) {}

  /** Built from committed rows before the approving transaction, which then stores it with `seal`. */
  async prepare(meetingId: string, sealing: Sealing): Promise<PreparedSeal> {
    const { verbale, personIds } = await this.verbale.forSealing(meetingId, sealing);
    return { content: verbale, personIds, sha256: sha256Hex(canonicalJson(verbale)), text: verbaleText(verbale) };
  }

  /** Inside the approving transaction, which the record store joins. */
  async seal(meetingId: string, prepared: PreparedSeal, frozenBy: string): Promise<void> {
    await this.records.freeze({
      kind: VERBALE_RECORD_KIND,
      subjectId: meetingId,
      content: prepared.content,
      rendererVersion: VERBALE_RENDERER_VERSION,
      frozenAt: new Date(prepared.content.generatedAt),
      frozenBy,
      personIds: prepared.personIds,
    });
  }

  /**
   * Approved minutes with a sealed record are read from it alone, so later changes to agenda items, decisions or
   * people cannot reach them. Minutes approved before records were sealed have only a hash of their text: they are
   * rebuilt from the rows and marked as such (`sealed: false`), with the approved text served as it was hashed.
   * Sealing them now would stamp today's rows with an approval they never had.
   */
  async read(meeting: MeetingEntity): Promise<VerbaleExport> {
    if (meeting.minutesStatus === 'approved') {
      const record = await this.records.latest(VERBALE_RECORD_KIND, meeting.id);
      if (record) {
        // Read as stored, not through today's schema: the hash was checked, and a record must not fail to open
        // because the schema gained a field after it was sealed.
        const stored = JSON.parse(record.canonicalJson) as Verbale;
        const verbale = { ...stored, approval: { ...stored.approval, sha256: record.sha256 } };
        return { sealed: true, verbale, json: record.canonicalJson, sha256: record.sha256, text: verbaleText(stored) };
      }
      const verbale = await this.verbale.build(meeting.id);
      return { sealed: false, verbale, text: meeting.approvedMinutesText ?? verbaleText(verbale) };
    }
    const verbale = await this.verbale.build(meeting.id);
    return { sealed: false, verbale, text: verbaleText(verbale) };
  }
}
