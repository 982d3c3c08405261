import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Systematisation campaigns and their per-document review assignments (REFERENCE §4.12). */

export class Systematisation1795790000004 implements MigrationInterface {
    name = 'Systematisation1795790000004';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "systematisation_campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_label" text NOT NULL, "reference_date" date NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "scope" jsonb NOT NULL, "scope_key" text NOT NULL, "plan_ref" text NOT NULL, "lead_agency_id" uuid, "phase" character varying(16) NOT NULL, "total" integer NOT NULL DEFAULT '0', "answered" integer NOT NULL DEFAULT '0', "list_counts" jsonb, "closed_by" uuid, "close_reason" text, "created_by" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_systematisation_campaigns" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_systematisation_campaigns_scope" ON "systematisation_campaigns"  ("scope_key") `);
        await queryRunner.query(`CREATE TABLE "systematisation_assignments" ("campaign_id" uuid NOT NULL, "document_id" uuid NOT NULL, "agency_id" uuid, "number" text, "doc_type" character varying(32), "title" text, "issuer_name" text, "field" text, "issued_date" date, "effective_date" date, "rank" integer, "validity_status" character varying(24), "expiry_date" date, "changed_on" date, "change_reason" text, "proposed" character varying(24) NOT NULL, "result" character varying(24), "result_changed_on" date, "note" text, "provisions" text array NOT NULL DEFAULT '{}', "answered_by" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "lists" text array NOT NULL DEFAULT '{}', CONSTRAINT "pk_systematisation_assignments" PRIMARY KEY ("campaign_id", "document_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_systematisation_assignments_agency" ON "systematisation_assignments"  ("campaign_id", "agency_id", "result") `);
        await queryRunner.query(`ALTER TABLE "systematisation_assignments" ADD CONSTRAINT "fk_systematisation_assignments_campaign" FOREIGN KEY ("campaign_id") REFERENCES "systematisation_campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "systematisation_assignments" ADD CONSTRAINT "fk_systematisation_assignments_document" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "systematisation_assignments" DROP CONSTRAINT "fk_systematisation_assignments_document"`);
        await queryRunner.query(`ALTER TABLE "systematisation_assignments" DROP CONSTRAINT "fk_systematisation_assignments_campaign"`);
        await queryRunner.query(`DROP INDEX "public"."ix_systematisation_assignments_agency"`);
        await queryRunner.query(`DROP TABLE "systematisation_assignments"`);
        await queryRunner.query(`DROP INDEX "public"."uq_systematisation_campaigns_scope"`);
        await queryRunner.query(`DROP TABLE "systematisation_campaigns"`);
    }
}
