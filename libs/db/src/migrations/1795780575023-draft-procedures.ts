import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The read model of each draft's procedure (state, assignee, next deadline). */

export class DraftProcedures1795780575023 implements MigrationInterface {
    name = 'DraftProcedures1795780575023';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "draft_procedures" ("document_id" uuid NOT NULL, "workflow_id" text NOT NULL, "procedure_type" character varying(24) NOT NULL, "procedure" character varying(16) NOT NULL, "regime_version" character varying(16) NOT NULL, "state" character varying(32) NOT NULL, "drafting_agency_id" uuid NOT NULL, "appraiser_user_id" uuid, "title" text, "planned_effective_date" date, "next_due_date" date, "next_due_step" text, "overdue" boolean NOT NULL DEFAULT false, "outcome" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_draft_procedures" PRIMARY KEY ("document_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_draft_procedures_appraiser" ON "draft_procedures"  ("appraiser_user_id", "state") `);
        await queryRunner.query(`CREATE INDEX "ix_draft_procedures_agency" ON "draft_procedures"  ("drafting_agency_id", "state") `);
        await queryRunner.query(`CREATE INDEX "ix_draft_procedures_state" ON "draft_procedures"  ("state", "updated_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_draft_procedures_state"`);
        await queryRunner.query(`DROP INDEX "public"."ix_draft_procedures_agency"`);
        await queryRunner.query(`DROP INDEX "public"."ix_draft_procedures_appraiser"`);
        await queryRunner.query(`DROP TABLE "draft_procedures"`);
    }
}
