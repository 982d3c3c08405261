import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The notes and answers staff write on petition cases, kept here so that the cases refer to them by id. */

export class PetitionTexts1795790000006 implements MigrationInterface {
    name = 'PetitionTexts1795790000006';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "petition_texts" ("id" uuid NOT NULL, "petition_id" uuid NOT NULL, "field" character varying(16) NOT NULL, "body" text NOT NULL, "written_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_petition_texts" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_petition_texts_petition" ON "petition_texts"  ("petition_id") `);
        await queryRunner.query(`CREATE INDEX "ix_petitions_case" ON "petitions"  ("case_id") `);
        await queryRunner.query(`ALTER TABLE "petition_texts" ADD CONSTRAINT "fk_petition_texts_petition" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "petition_texts" DROP CONSTRAINT "fk_petition_texts_petition"`);
        await queryRunner.query(`DROP INDEX "public"."ix_petitions_case"`);
        await queryRunner.query(`DROP INDEX "public"."ix_petition_texts_petition"`);
        await queryRunner.query(`DROP TABLE "petition_texts"`);
    }
}
