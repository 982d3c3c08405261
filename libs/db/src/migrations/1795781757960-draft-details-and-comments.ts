import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Full draft descriptions, history and start input in the read model; the full text of comments on posted drafts. */

export class DraftDetailsAndComments1795781757960 implements MigrationInterface {
    name = 'DraftDetailsAndComments1795781757960';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "draft_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "comment_id" character varying(16) NOT NULL, "round" integer NOT NULL, "author_kind" character varying(16) NOT NULL, "author_name" text, "agency_id" uuid, "path_key" text, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_draft_comments" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_draft_comments_round" ON "draft_comments"  ("document_id", "round", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_draft_comments_document_comment" ON "draft_comments"  ("document_id", "comment_id") `);
        await queryRunner.query(`ALTER TABLE "draft_procedures" ADD "revision" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "draft_procedures" ADD "today" date`);
        await queryRunner.query(`ALTER TABLE "draft_procedures" ADD "detail" jsonb`);
        await queryRunner.query(`ALTER TABLE "draft_procedures" ADD "history" jsonb NOT NULL DEFAULT '[]'`);
        await queryRunner.query(`ALTER TABLE "draft_procedures" ADD "start_input" jsonb`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "draft_procedures" DROP COLUMN "start_input"`);
        await queryRunner.query(`ALTER TABLE "draft_procedures" DROP COLUMN "history"`);
        await queryRunner.query(`ALTER TABLE "draft_procedures" DROP COLUMN "detail"`);
        await queryRunner.query(`ALTER TABLE "draft_procedures" DROP COLUMN "today"`);
        await queryRunner.query(`ALTER TABLE "draft_procedures" DROP COLUMN "revision"`);
        await queryRunner.query(`DROP INDEX "public"."uq_draft_comments_document_comment"`);
        await queryRunner.query(`DROP INDEX "public"."ix_draft_comments_round"`);
        await queryRunner.query(`DROP TABLE "draft_comments"`);
    }
}
