import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AttendanceStatus, RsvpResponse } from '@cantiere/domain';
import type { MeetingEntity } from '../meeting';
import type { OrganisationEntity } from '../organisation';
import type { PersonEntity } from '../person';

/** A representative of an organisation invited to a meeting: the RSVP and the attendance register. */
@Entity('meeting_attendees')
@Index('meeting_attendees_meeting_person_org_key', ['meetingId', 'personId', 'organisationId'], { unique: true })
@Check('meeting_attendees_rsvp_check', `"rsvp" IN ('attending', 'not_attending', 'delegate')`)
@Check('meeting_attendees_status_check', `"status" IN ('present', 'absent', 'excused', 'delegated')`)
export class MeetingAttendeeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('meeting_attendees_meeting_id_idx')
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_attendees_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'meeting_attendees_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Index('meeting_attendees_person_id_idx')
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'meeting_attendees_person_id_fkey' })
  person?: PersonEntity;

  /** SHA-256 of the secret in the convocation email's RSVP link. */
  @Index('meeting_attendees_rsvp_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  rsvpTokenHash!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  rsvp!: RsvpResponse | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  rsvpDelegateName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  rsvpAt!: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  status!: AttendanceStatus | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  delegatedTo!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  arrivedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  selfCheckIn!: boolean;

  /** The facilitator checked that the representative came in person although their answer announced a delegate. */
  @Column({ type: 'boolean', default: false })
  inPersonConfirmed!: boolean;
}
