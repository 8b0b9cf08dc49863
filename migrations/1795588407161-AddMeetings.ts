import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMeetings1795588407161 implements MigrationInterface {
  name = 'AddMeetings1795588407161';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "space_id" uuid NOT NULL, "number" integer NOT NULL, "year" integer NOT NULL, "title" character varying(200) NOT NULL, "kind" character varying(30) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(300), "online_url" character varying(500), "convocation_note" text, "chair_person_id" uuid, "minute_taker_person_id" uuid, "calendar_sequence" integer NOT NULL DEFAULT '0', "convened_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, "current_item_id" uuid, "item_started_at" TIMESTAMP WITH TIME ZONE, "minutes_status" character varying(20) NOT NULL DEFAULT 'draft', "review_until" TIMESTAMP WITH TIME ZONE, "minutes_other_text" text NOT NULL DEFAULT '', "minutes_hash" character varying(64), "approved_minutes_text" text, "minutes_approved_at" TIMESTAMP WITH TIME ZONE, "approved_at_meeting_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_times_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "meetings_minutes_status_check" CHECK ("minutes_status" IN ('draft', 'in_review', 'approved')), CONSTRAINT "meetings_status_check" CHECK ("status" IN ('draft', 'convened', 'in_progress', 'closed', 'minutes_approved', 'cancelled')), CONSTRAINT "meetings_kind_check" CHECK ("kind" IN ('plenary', 'thematic_table', 'technical_coordination')), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meetings_space_id_idx" ON "meetings"  ("space_id") `);
    await queryRunner.query(`CREATE INDEX "meetings_starts_at_idx" ON "meetings"  ("starts_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "meetings_space_year_number_key" ON "meetings"  ("space_id", "year", "number") `);
    await queryRunner.query(
      `CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(300) NOT NULL, "description" text, "kind" character varying(20) NOT NULL DEFAULT 'discussion', "planned_minutes" integer NOT NULL DEFAULT '15', "presenter_person_id" uuid, "presenter_organisation_id" uuid, "document_ids" uuid array NOT NULL DEFAULT '{}', "status" character varying(20) NOT NULL DEFAULT 'pending', "spent_seconds" integer NOT NULL DEFAULT '0', "minutes_text" text NOT NULL DEFAULT '', "source_type" character varying(20), "source_id" uuid, CONSTRAINT "agenda_items_source_type_check" CHECK ("source_type" IN ('agenda_item', 'decision', 'action')), CONSTRAINT "agenda_items_status_check" CHECK ("status" IN ('pending', 'discussed', 'not_discussed')), CONSTRAINT "agenda_items_kind_check" CHECK ("kind" IN ('information', 'discussion', 'decision')), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "agenda_items_meeting_id_idx" ON "agenda_items"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "agenda_items_source_id_idx" ON "agenda_items"  ("source_id") `);
    await queryRunner.query(
      `CREATE TABLE "actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid, "space_id" uuid NOT NULL, "block_id" character varying(64) NOT NULL, "what" text NOT NULL, "responsible_organisation_id" uuid, "responsible_person_id" uuid, "due_date" date, "status" character varying(20) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "actions_status_check" CHECK ("status" IN ('open', 'in_progress', 'done', 'cancelled')), CONSTRAINT "PK_7bfb822f56be449c0b8adbf83cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "actions_agenda_item_id_idx" ON "actions"  ("agenda_item_id") `);
    await queryRunner.query(`CREATE INDEX "actions_space_id_idx" ON "actions"  ("space_id") `);
    await queryRunner.query(`CREATE INDEX "actions_responsible_organisation_id_idx" ON "actions"  ("responsible_organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "actions_meeting_block_key" ON "actions"  ("meeting_id", "block_id") `);
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid, "space_id" uuid NOT NULL, "block_id" character varying(64) NOT NULL, "text" text NOT NULL, "outcome" character varying(20), "voting_method" character varying(20) NOT NULL DEFAULT 'votes', "votes_for" integer, "votes_against" integer, "votes_abstained" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decisions_voting_method_check" CHECK ("voting_method" IN ('votes', 'consensus', 'unanimous')), CONSTRAINT "decisions_outcome_check" CHECK ("outcome" IN ('approved', 'rejected', 'postponed')), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "decisions_agenda_item_id_idx" ON "decisions"  ("agenda_item_id") `);
    await queryRunner.query(`CREATE INDEX "decisions_space_id_idx" ON "decisions"  ("space_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "decisions_meeting_block_key" ON "decisions"  ("meeting_id", "block_id") `);
    await queryRunner.query(
      `CREATE TABLE "minutes_remarks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "agenda_item_id" uuid, "quote" text, "text" text NOT NULL, "author_user_id" uuid, "author_name" character varying(200) NOT NULL, "organisation_name" character varying(300), "resolution" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "minutes_remarks_resolution_check" CHECK ("resolution" IN ('accepted', 'rejected')), CONSTRAINT "minutes_remarks_kind_check" CHECK ("kind" IN ('comment', 'suggestion')), CONSTRAINT "PK_0db2335fa7dfdb723e386898b0a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "minutes_remarks_meeting_id_idx" ON "minutes_remarks"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_3212ce9ff23847e66347a6730d" UNIQUE ("user_id"), CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_feeds_user_id_key" ON "calendar_feeds"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_attendees" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "rsvp_token_hash" character varying(64), "rsvp" character varying(20), "rsvp_delegate_name" character varying(200), "rsvp_at" TIMESTAMP WITH TIME ZONE, "status" character varying(20), "delegated_to" character varying(200), "arrived_at" TIMESTAMP WITH TIME ZONE, "left_at" TIMESTAMP WITH TIME ZONE, "self_check_in" boolean NOT NULL DEFAULT false, CONSTRAINT "meeting_attendees_status_check" CHECK ("status" IN ('present', 'absent', 'excused', 'delegated')), CONSTRAINT "meeting_attendees_rsvp_check" CHECK ("rsvp" IN ('attending', 'not_attending', 'delegate')), CONSTRAINT "PK_b49884a61337dbfb2f3018710da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_attendees_meeting_id_idx" ON "meeting_attendees"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "meeting_attendees_person_id_idx" ON "meeting_attendees"  ("person_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_attendees_rsvp_token_hash_key" ON "meeting_attendees"  ("rsvp_token_hash") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_attendees_meeting_person_org_key" ON "meeting_attendees"  ("meeting_id", "person_id", "organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_transitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "transition" character varying(30) NOT NULL, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "user_id" uuid, "user_name" character varying(200), "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_40475e93d62a9d2f4d1fe977fcf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_transitions_meeting_id_idx" ON "meeting_transitions"  ("meeting_id") `);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_person_id_fkey" FOREIGN KEY ("chair_person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_minute_taker_person_id_fkey" FOREIGN KEY ("minute_taker_person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_presenter_person_id_fkey" FOREIGN KEY ("presenter_person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_presenter_organisation_id_fkey" FOREIGN KEY ("presenter_organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_responsible_organisation_id_fkey" FOREIGN KEY ("responsible_organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_responsible_person_id_fkey" FOREIGN KEY ("responsible_person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "decisions_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes_remarks" ADD CONSTRAINT "minutes_remarks_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_transitions" ADD CONSTRAINT "meeting_transitions_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_transitions" DROP CONSTRAINT "meeting_transitions_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendees" DROP CONSTRAINT "meeting_attendees_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendees" DROP CONSTRAINT "meeting_attendees_organisation_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendees" DROP CONSTRAINT "meeting_attendees_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "calendar_feeds_user_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "minutes_remarks" DROP CONSTRAINT "minutes_remarks_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "decisions_agenda_item_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "decisions_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_responsible_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_responsible_organisation_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_agenda_item_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_presenter_organisation_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_presenter_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_minute_taker_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_chair_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_space_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_transitions_meeting_id_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_transitions"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_attendees_meeting_person_org_key"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_attendees_rsvp_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_attendees_person_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_attendees_meeting_id_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_attendees"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_feeds_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_feeds_user_id_key"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`DROP INDEX "public"."minutes_remarks_meeting_id_idx"`);
    await queryRunner.query(`DROP TABLE "minutes_remarks"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_meeting_block_key"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_space_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."decisions_agenda_item_id_idx"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP INDEX "public"."actions_meeting_block_key"`);
    await queryRunner.query(`DROP INDEX "public"."actions_responsible_organisation_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."actions_space_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."actions_agenda_item_id_idx"`);
    await queryRunner.query(`DROP TABLE "actions"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_items_source_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_items_meeting_id_idx"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_space_year_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_starts_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_space_id_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
