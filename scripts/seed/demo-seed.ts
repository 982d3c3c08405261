import type { Role } from '@legis/domain';
import { AgencyEntity, createDataSource, IdentityRepository, UserEntity } from '@legis/db';

/** The password of every demo user (local demo data only; the README lists the accounts). */
export const DEMO_PASSWORD = 'legis-demo-2026';

export const DEMO_AGENCIES = [
  { code: 'STP', name: 'Sở Tư pháp' },
  { code: 'STC', name: 'Sở Tài chính' },
  { code: 'SNNMT', name: 'Sở Nông nghiệp và Môi trường' },
  { code: 'VPUBND', name: 'Văn phòng Ủy ban nhân dân tỉnh' },
] as const;

export const DEMO_USERS: { email: string; fullName: string; roles: Role[]; agencyCode: string | null }[] = [
  { email: 'admin@legis.local', fullName: 'Quản trị hệ thống', roles: ['admin'], agencyCode: null },
  { email: 'drafter@legis.local', fullName: 'Nguyễn Văn Soạn', roles: ['drafter'], agencyCode: 'SNNMT' },
  { email: 'appraiser@legis.local', fullName: 'Trần Thị Thẩm', roles: ['appraiser'], agencyCode: 'STP' },
  { email: 'reviewer@legis.local', fullName: 'Lê Văn Rà', roles: ['reviewer'], agencyCode: 'STP' },
  { email: 'inspector@legis.local', fullName: 'Phạm Thị Kiểm', roles: ['inspector'], agencyCode: 'STP' },
];

export interface DemoSeedResult {
  agenciesCreated: number;
  usersCreated: number;
}

/** Inserts the demo agencies and one user per role; rows that already exist are left untouched. */
export async function seedDemo(databaseUrl: string): Promise<DemoSeedResult> {
  const dataSource = createDataSource({ url: databaseUrl, poolMax: 2, applicationName: 'legis-seed' });
  await dataSource.initialize();
  try {
    const identity = new IdentityRepository(dataSource);
    return await dataSource.transaction(async (manager) => {
      let agenciesCreated = 0;
      let usersCreated = 0;
      for (const agency of DEMO_AGENCIES) {
        if (!(await manager.getRepository(AgencyEntity).existsBy({ code: agency.code }))) {
          await identity.createAgency(manager, agency);
          agenciesCreated++;
        }
      }
      for (const user of DEMO_USERS) {
        if (await manager.getRepository(UserEntity).existsBy({ email: user.email })) continue;
        const agency = user.agencyCode ? await manager.getRepository(AgencyEntity).findOneByOrFail({ code: user.agencyCode }) : null;
        await identity.createUser(manager, { ...user, password: DEMO_PASSWORD, agencyId: agency?.id ?? null });
        usersCreated++;
      }
      return { agenciesCreated, usersCreated };
    });
  } finally {
    await dataSource.destroy();
  }
}
