import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MeetingTransition, StepWarning } from '@cantiere/domain';
import { MeetingEntity } from './meeting.entity';

/** Who moved a meeting through its lifecycle, and when. */
@Entity('meeting_transitions')
export class MeetingTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('meeting_transitions_meeting_id_idx')
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_transitions_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 30 })
  transition!: MeetingTransition;

  @Column({ type: 'varchar', length: 20 })
  fromStatus!: string;

  @Column({ type: 'varchar', length: 20 })
  toStatus!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  userName!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The warnings acknowledged to take this step, with the figures shown at the time. */
  @Column({ type: 'jsonb', nullable: true })
  confirmedWarnings!: StepWarning[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
