import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The read model of control cases (self-inspection, inspection, handling, review, petition, duty). */

export class ControlCases1795784365489 implements MigrationInterface {
    name = 'ControlCases1795784365489';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "control_cases" ("case_id" text NOT NULL, "kind" character varying(24) NOT NULL, "document_id" uuid, "title" text NOT NULL, "status" character varying(32) NOT NULL, "outcome" text, "assignee_agency_id" uuid, "opened_on" date NOT NULL, "closed_on" date, "due_date" date, "overdue" boolean NOT NULL DEFAULT false, "breaches" integer NOT NULL DEFAULT '0', "source" jsonb NOT NULL DEFAULT '{}', "detail" jsonb NOT NULL, "history" jsonb NOT NULL DEFAULT '[]', "revision" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_control_cases" PRIMARY KEY ("case_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_control_cases_assignee" ON "control_cases"  ("assignee_agency_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_control_cases_document" ON "control_cases"  ("document_id", "opened_on") `);
        await queryRunner.query(`CREATE INDEX "ix_control_cases_kind_status" ON "control_cases"  ("kind", "status", "due_date") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_control_cases_kind_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_control_cases_document"`);
        await queryRunner.query(`DROP INDEX "public"."ix_control_cases_assignee"`);
        await queryRunner.query(`DROP TABLE "control_cases"`);
    }
}
