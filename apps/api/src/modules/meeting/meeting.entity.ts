import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MeetingKind, MeetingStatus, MinutesStatus } from '@cantiere/domain';
import type { PersonEntity } from '../person';
import type { SpaceEntity } from '../space';

/** A meeting of a space, from draft to approved minutes; times are instants (timestamptz), shown in Europe/Rome. */
@Entity('meetings')
@Check('meetings_kind_check', `"kind" IN ('plenary', 'thematic_table', 'technical_coordination')`)
@Check('meetings_status_check', `"status" IN ('draft', 'convened', 'in_progress', 'closed', 'minutes_approved', 'cancelled')`)
@Check('meetings_minutes_status_check', `"minutes_status" IN ('draft', 'in_review', 'approved')`)
@Check('meetings_times_check', `"ends_at" > "starts_at"`)
@Index('meetings_space_year_number_key', ['spaceId', 'year', 'number'], { unique: true })
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('meetings_space_id_idx')
  @Column({ type: 'uuid' })
  spaceId!: string;

  @ManyToOne('SpaceEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'meetings_space_id_fkey' })
  space?: SpaceEntity;

  /** Progressive number within the space and the year of the meeting's start (Europe/Rome). */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: MeetingKind;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: MeetingStatus;

  @Index('meetings_starts_at_idx')
  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  convocationNote!: string | null;

  @Column({ type: 'uuid', nullable: true })
  chairPersonId!: string | null;

  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'chair_person_id', foreignKeyConstraintName: 'meetings_chair_person_id_fkey' })
  chair?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  minuteTakerPersonId!: string | null;

  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'minute_taker_person_id', foreignKeyConstraintName: 'meetings_minute_taker_person_id_fkey' })
  minuteTaker?: PersonEntity | null;

  /** Bumped on every change sent to calendars (ICS SEQUENCE). */
  @Column({ type: 'int', default: 0 })
  calendarSequence!: number;

  @Column({ type: 'timestamptz', nullable: true })
  convenedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;

  /** When those who had not answered the convocation were asked to, a few days before. */
  @Column({ type: 'timestamptz', nullable: true })
  rsvpReminderSentAt!: Date | null;

  /** Run mode: the item under discussion and when it (last) became current. */
  @Column({ type: 'uuid', nullable: true })
  currentItemId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  itemStartedAt!: Date | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  minutesStatus!: MinutesStatus;

  @Column({ type: 'timestamptz', nullable: true })
  reviewUntil!: Date | null;

  /** Minutes written outside any agenda section (varie ed eventuali), projected on save. */
  @Column({ type: 'text', default: '' })
  minutesOtherText!: string;

  /** SHA-256 of the sealed record (minutes.json) since sealing; for minutes approved before it, of the approved text kept beside it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  minutesHash!: string | null;

  @Column({ type: 'text', nullable: true })
  approvedMinutesText!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  minutesApprovedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedAtMeetingId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
