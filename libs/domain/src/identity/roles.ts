/**
 * What a user may do. A user holds one or more roles; `drafter` always belongs to a drafting agency
 * (cơ quan chủ trì soạn thảo) and only acts on that agency's drafts.
 */
export const ROLES = ['drafter', 'appraiser', 'reviewer', 'inspector', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The identity every request and activity acts as, carried in the access token. */
export interface Principal {
  userId: string;
  email: string;
  roles: Role[];
  agencyId: string | null;
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}
