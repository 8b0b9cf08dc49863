import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DecisionOutcome, VotingMethod } from '@cantiere/domain';
import type { AgendaItemEntity } from '../agenda';
import type { MeetingEntity } from '../meeting';

/** A decision block of the minutes, projected from `minutes:<meetingId>` on save; `blockId` ties the row to its block. */
@Entity('decisions')
@Index('decisions_meeting_block_key', ['meetingId', 'blockId'], { unique: true })
@Check('decisions_outcome_check', `"outcome" IN ('approved', 'rejected', 'postponed')`)
@Check('decisions_voting_method_check', `"voting_method" IN ('votes', 'consensus', 'unanimous')`)
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'decisions_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Index('decisions_agenda_item_id_idx')
  @Column({ type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @ManyToOne('AgendaItemEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'decisions_agenda_item_id_fkey' })
  agendaItem?: AgendaItemEntity | null;

  @Index('decisions_space_id_idx')
  @Column({ type: 'uuid' })
  spaceId!: string;

  @Column({ type: 'varchar', length: 64 })
  blockId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome!: DecisionOutcome | null;

  @Column({ type: 'varchar', length: 20, default: 'votes' })
  votingMethod!: VotingMethod;

  @Column({ type: 'int', nullable: true })
  votesFor!: number | null;

  @Column({ type: 'int', nullable: true })
  votesAgainst!: number | null;

  @Column({ type: 'int', nullable: true })
  votesAbstained!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
