import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Petitions about issued documents and, apart, their petitioners' personal data. */

export class Petitions1795790000002 implements MigrationInterface {
    name = 'Petitions1795790000002';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "petitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tracking_code" character varying(14) NOT NULL, "case_id" text NOT NULL, "document_id" uuid NOT NULL, "path_keys" text array NOT NULL DEFAULT '{}', "content" text NOT NULL, "category_hint" character varying(16), "publication_consent" boolean NOT NULL DEFAULT false, "assignee_agency_id" uuid, "received_date" date NOT NULL, "category" character varying(16), "published_answer" text, "published_content" text, "answer_ref" text, "published_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_petitions" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_petitions_tracking_code" ON "petitions"  ("tracking_code") `);
        await queryRunner.query(`CREATE INDEX "ix_petitions_document_published" ON "petitions"  ("document_id", "published_on") `);
        await queryRunner.query(`CREATE TABLE "petition_petitioners" ("petition_id" uuid NOT NULL, "name" text NOT NULL, "email" text, "phone" text, "address" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_petition_petitioners" PRIMARY KEY ("petition_id"))`);
        await queryRunner.query(`ALTER TABLE "petitions" ADD CONSTRAINT "fk_petitions_document" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "petition_petitioners" ADD CONSTRAINT "fk_petition_petitioners_petition" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "petition_petitioners" DROP CONSTRAINT "fk_petition_petitioners_petition"`);
        await queryRunner.query(`ALTER TABLE "petitions" DROP CONSTRAINT "fk_petitions_document"`);
        await queryRunner.query(`DROP TABLE "petition_petitioners"`);
        await queryRunner.query(`DROP INDEX "public"."ix_petitions_document_published"`);
        await queryRunner.query(`DROP INDEX "public"."uq_petitions_tracking_code"`);
        await queryRunner.query(`DROP TABLE "petitions"`);
    }
}
