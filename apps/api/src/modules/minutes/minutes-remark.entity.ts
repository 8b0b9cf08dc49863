import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RemarkApplication } from '@cantiere/domain';
import type { MeetingEntity } from '../meeting';

/** A comment or a suggested change on draft minutes in review, signed by its author and organisation. */
@Entity('minutes_remarks')
@Check('minutes_remarks_kind_check', `"kind" IN ('comment', 'suggestion')`)
@Check('minutes_remarks_resolution_check', `"resolution" IN ('accepted', 'rejected')`)
@Check('minutes_remarks_application_check', `"application" IN ('applied', 'to_apply', 'applied_by_hand')`)
@Check('minutes_remarks_application_issue_check', `"application_issue" IN ('not_found', 'ambiguous')`)
export class MinutesRemarkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('minutes_remarks_meeting_id_idx')
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'minutes_remarks_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: 'comment' | 'suggestion';

  @Column({ type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ type: 'text', nullable: true })
  quote!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  authorName!: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  organisationName!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  resolution!: 'accepted' | 'rejected' | null;

  /** Set when a suggestion is accepted: applied by the server, or left to the officers to apply by hand. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  application!: RemarkApplication | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  applicationIssue!: 'not_found' | 'ambiguous' | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
