import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stored appraisal pre-checks, and the public rate-limit events. */

export class AppraisalAndRateLimits1795780628436 implements MigrationInterface {
    name = 'AppraisalAndRateLimits1795780628436';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "appraisal_prechecks" ("version_id" uuid NOT NULL, "document_id" uuid NOT NULL, "summary" jsonb NOT NULL, "findings" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_appraisal_prechecks" PRIMARY KEY ("version_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_appraisal_prechecks_document" ON "appraisal_prechecks"  ("document_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "rate_events" ("id" BIGSERIAL NOT NULL, "key" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_rate_events" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_rate_events_key_time" ON "rate_events"  ("key", "occurred_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_rate_events_key_time"`);
        await queryRunner.query(`DROP TABLE "rate_events"`);
        await queryRunner.query(`DROP INDEX "public"."ix_appraisal_prechecks_document"`);
        await queryRunner.query(`DROP TABLE "appraisal_prechecks"`);
    }
}
