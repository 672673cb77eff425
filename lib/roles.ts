import { z } from "zod";
import { ROLES } from "./role-names";

export { ROLES, hasRole, type TRole } from "./role-names";
export const ZRole = z.enum(ROLES);
