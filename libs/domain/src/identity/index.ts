export { hasRole, isRole, ROLES, type Principal, type Role } from './roles';
