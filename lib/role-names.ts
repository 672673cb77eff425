// The roles without their zod schema (lib/roles.ts), so the browser can rank them without loading zod.
export const ROLES = ["viewer", "operator", "admin"] as const;
export type TRole = (typeof ROLES)[number];

/** Roles are ordered: an admin may do what an operator may, an operator what a viewer may. */
export function hasRole(actual: TRole, required: TRole): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}
