import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The official 2024–2026 schedule (holidays, extra days off, swapped Saturdays) as the first rows
 * of calendar_overrides: a snapshot of the notices listed in shared/domain/HOLIDAYS.md, kept here
 * verbatim so this migration never changes when code does.
 */
const OFFICIAL_SCHEDULE_2024_2026: [string, string, string, string][] = [
    ['2024-01-01', 'holiday', 'Tết Dương lịch', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2024-02-08', 'holiday', 'Tết Âm lịch: 29 tháng Chạp Quý Mão', 'TB 5015/TB-LĐTBXH 22/11/2023 [C]'],
    ['2024-02-09', 'holiday', 'Tết Âm lịch: 30 tháng Chạp Quý Mão (Giao thừa)', 'TB 5015/TB-LĐTBXH 22/11/2023 [C]'],
    ['2024-02-10', 'holiday', 'Tết Âm lịch: mùng 1 Giáp Thìn (thứ Bảy)', 'TB 5015/TB-LĐTBXH 22/11/2023 [C]'],
    ['2024-02-11', 'holiday', 'Tết Âm lịch: mùng 2 Giáp Thìn (Chủ nhật)', 'TB 5015/TB-LĐTBXH 22/11/2023 [C]'],
    ['2024-02-12', 'holiday', 'Tết Âm lịch: mùng 3 Giáp Thìn', 'TB 5015/TB-LĐTBXH 22/11/2023 [C]'],
    ['2024-02-13', 'day_off', 'Nghỉ bù Tết (mùng 1 trùng thứ Bảy)', 'TB 5015/TB-LĐTBXH 22/11/2023 [C]; BLLĐ 2019 Đ.111(3) nghỉ bù'],
    ['2024-02-14', 'day_off', 'Nghỉ bù Tết (mùng 2 trùng Chủ nhật)', 'TB 5015/TB-LĐTBXH 22/11/2023 [C]; BLLĐ 2019 Đ.111(3) nghỉ bù'],
    ['2024-04-18', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 Giáp Thìn)', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2024-04-29', 'day_off', 'Nghỉ hoán đổi dịp 30/4-1/5 (đổi với thứ Bảy 04/5)', 'CV 2450/VPCP-KGVX 12/4/2024 [C]; TB 1570/TB-LĐTBXH [S]'],
    ['2024-04-30', 'holiday', 'Ngày Chiến thắng', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2024-05-01', 'holiday', 'Ngày Quốc tế Lao động', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2024-05-04', 'swap_workday', 'Làm bù cho thứ Hai 29/4', 'CV 2450/VPCP-KGVX 12/4/2024 [C]; TB 1570/TB-LĐTBXH [S]'],
    ['2024-09-02', 'holiday', 'Quốc khánh', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2024-09-03', 'holiday', 'Quốc khánh: ngày liền kề sau', 'TB 5015/TB-LĐTBXH 22/11/2023 [C]'],
    ['2025-01-01', 'holiday', 'Tết Dương lịch', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2025-01-27', 'holiday', 'Tết Âm lịch: 28 tháng Chạp Giáp Thìn', 'CV 8726/VPCP-KGVX 26/11/2024 [C]; TB 6150/TB-LĐTBXH 03/12/2024 [S: number]'],
    ['2025-01-28', 'holiday', 'Tết Âm lịch: 29 tháng Chạp Giáp Thìn (Giao thừa)', 'CV 8726/VPCP-KGVX 26/11/2024 [C]; TB 6150/TB-LĐTBXH 03/12/2024 [S: number]'],
    ['2025-01-29', 'holiday', 'Tết Âm lịch: mùng 1 Ất Tỵ', 'CV 8726/VPCP-KGVX 26/11/2024 [C]; TB 6150/TB-LĐTBXH 03/12/2024 [S: number]'],
    ['2025-01-30', 'holiday', 'Tết Âm lịch: mùng 2 Ất Tỵ', 'CV 8726/VPCP-KGVX 26/11/2024 [C]; TB 6150/TB-LĐTBXH 03/12/2024 [S: number]'],
    ['2025-01-31', 'holiday', 'Tết Âm lịch: mùng 3 Ất Tỵ', 'CV 8726/VPCP-KGVX 26/11/2024 [C]; TB 6150/TB-LĐTBXH 03/12/2024 [S: number]'],
    ['2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 Ất Tỵ)', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2025-04-26', 'swap_workday', 'Làm bù cho thứ Sáu 02/5', 'CV 8726/VPCP-KGVX 26/11/2024 [C]; TB 6150/TB-LĐTBXH 03/12/2024 [S: number]'],
    ['2025-04-30', 'holiday', 'Ngày Chiến thắng', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2025-05-01', 'holiday', 'Ngày Quốc tế Lao động', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2025-05-02', 'day_off', 'Nghỉ hoán đổi dịp 30/4-1/5 (đổi với thứ Bảy 26/4)', 'CV 8726/VPCP-KGVX 26/11/2024 [C]; TB 6150/TB-LĐTBXH 03/12/2024 [S: number]'],
    ['2025-09-01', 'holiday', 'Quốc khánh: ngày liền kề trước', 'CV 8726/VPCP-KGVX 26/11/2024 [C]; TB 6150/TB-LĐTBXH 03/12/2024 [S: number]'],
    ['2025-09-02', 'holiday', 'Quốc khánh', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2026-01-01', 'holiday', 'Tết Dương lịch', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2026-01-02', 'day_off', 'Nghỉ hoán đổi dịp Tết Dương lịch (đổi với thứ Bảy 10/01)', 'CV 12729/VPCP-KGVX 25/12/2025 [C]'],
    ['2026-01-10', 'swap_workday', 'Làm bù cho thứ Sáu 02/01', 'CV 12729/VPCP-KGVX 25/12/2025 [C]'],
    ['2026-02-16', 'holiday', 'Tết Âm lịch: 29 tháng Chạp Ất Tỵ (Giao thừa)', 'TB 9441/TB-BNV 16/10/2025 [C]'],
    ['2026-02-17', 'holiday', 'Tết Âm lịch: mùng 1 Bính Ngọ', 'TB 9441/TB-BNV 16/10/2025 [C]'],
    ['2026-02-18', 'holiday', 'Tết Âm lịch: mùng 2 Bính Ngọ', 'TB 9441/TB-BNV 16/10/2025 [C]'],
    ['2026-02-19', 'holiday', 'Tết Âm lịch: mùng 3 Bính Ngọ', 'TB 9441/TB-BNV 16/10/2025 [C]'],
    ['2026-02-20', 'holiday', 'Tết Âm lịch: mùng 4 Bính Ngọ', 'TB 9441/TB-BNV 16/10/2025 [C]'],
    ['2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 Bính Ngọ; Chủ nhật)', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2026-04-27', 'day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)', 'BLLĐ 2019 Đ.111(3) nghỉ bù [C]'],
    ['2026-04-30', 'holiday', 'Ngày Chiến thắng', 'BLLĐ 2019 Đ.112(1) [C]; no swap per CV 3383/BNV-CVL 10/4/2026 [S]'],
    ['2026-05-01', 'holiday', 'Ngày Quốc tế Lao động', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2026-08-22', 'swap_workday', 'Làm bù cho thứ Hai 31/8', 'TB 9441/TB-BNV 16/10/2025 [C]'],
    ['2026-08-31', 'day_off', 'Nghỉ hoán đổi dịp Quốc khánh (đổi với thứ Bảy 22/8)', 'TB 9441/TB-BNV 16/10/2025 [C]'],
    ['2026-09-01', 'holiday', 'Quốc khánh: ngày liền kề trước', 'TB 9441/TB-BNV 16/10/2025 [C]'],
    ['2026-09-02', 'holiday', 'Quốc khánh', 'BLLĐ 2019 Đ.112(1) [C]'],
    ['2026-11-24', 'holiday', 'Ngày Văn hóa Việt Nam (lần đầu)', 'NQ 28/2026/QH16 Đ.2 hiệu lực 01/7/2026 [S]']
];

/** Calendar overrides, notifications, deadline breaches, publications, admin tasks, agency heads. */

export class Lifecycle1795779915792 implements MigrationInterface {
    name = 'Lifecycle1795779915792';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "calendar_overrides" ("date" date NOT NULL, "kind" character varying(16) NOT NULL, "name" text NOT NULL, "source" text NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_calendar_overrides" PRIMARY KEY ("date"))`);
        await queryRunner.query(`CREATE TABLE "deadline_breaches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workflow_id" text NOT NULL, "deadline_id" text NOT NULL, "document_id" uuid, "agency_id" uuid, "step" text NOT NULL, "due_date" date NOT NULL, "breached_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_deadline_breaches" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_deadline_breaches_workflow_deadline" ON "deadline_breaches"  ("workflow_id", "deadline_id") `);
        await queryRunner.query(`CREATE INDEX "ix_deadline_breaches_document" ON "deadline_breaches"  ("document_id") `);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_user_id" uuid, "recipient_role" character varying(16), "recipient_agency_id" uuid, "kind" character varying(16) NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "entity_type" text, "entity_id" text, "workflow_id" text, "read_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notifications" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_idempotency_key" ON "notifications"  ("idempotency_key") WHERE idempotency_key IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_role" ON "notifications"  ("recipient_role", "recipient_agency_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_notifications_user" ON "notifications"  ("recipient_user_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "publications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "channel" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "due_date" date, "external_id" text, "url" text, "revision" integer NOT NULL DEFAULT '0', "last_error" text, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_publications" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_publications_document_channel" ON "publications"  ("document_id", "channel") `);
        await queryRunner.query(`CREATE TABLE "admin_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "title" text NOT NULL, "detail" jsonb NOT NULL DEFAULT '{}', "entity_type" text, "entity_id" text, "status" character varying(8) NOT NULL DEFAULT 'open', "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_admin_tasks" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_admin_tasks_idempotency_key" ON "admin_tasks"  ("idempotency_key") WHERE idempotency_key IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_admin_tasks_status" ON "admin_tasks"  ("status", "created_at") `);
        await queryRunner.query(`ALTER TABLE "agencies" ADD "head_user_id" uuid`);
        for (const [date, kind, name, source] of OFFICIAL_SCHEDULE_2024_2026) {
            await queryRunner.query(`INSERT INTO "calendar_overrides" ("date", "kind", "name", "source") VALUES ($1, $2, $3, $4)`, [date, kind, name, source]);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "agencies" DROP COLUMN "head_user_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_admin_tasks_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_admin_tasks_idempotency_key"`);
        await queryRunner.query(`DROP TABLE "admin_tasks"`);
        await queryRunner.query(`DROP INDEX "public"."uq_publications_document_channel"`);
        await queryRunner.query(`DROP TABLE "publications"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_user"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_role"`);
        await queryRunner.query(`DROP INDEX "public"."uq_notifications_idempotency_key"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP INDEX "public"."ix_deadline_breaches_document"`);
        await queryRunner.query(`DROP INDEX "public"."uq_deadline_breaches_workflow_deadline"`);
        await queryRunner.query(`DROP TABLE "deadline_breaches"`);
        await queryRunner.query(`DROP TABLE "calendar_overrides"`);
    }
}
