import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The e-mail outbox on notifications: status, attempts, next attempt (or sending lease), sent time, last error. */

export class NotificationEmail1795783852723 implements MigrationInterface {
    name = 'NotificationEmail1795783852723';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notifications" ADD "email_status" character varying(8)`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "email_attempts" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "email_next_attempt_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "emailed_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD "email_error" text`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_email_due" ON "notifications"  ("email_next_attempt_at") WHERE email_status = 'pending'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_email_due"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "email_error"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "emailed_at"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "email_next_attempt_at"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "email_attempts"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "email_status"`);
    }
}
