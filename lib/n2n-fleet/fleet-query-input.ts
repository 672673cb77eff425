import { z } from "zod";
import { ZN2nEnterpriseId } from "@/lib/vendors/n2n/schemas";
import { FLEET_DEFAULTS, FLEET_SORTS, FLEET_STATUSES, type TFleetQuery } from "./fleet-view";

/** The fleet's query as the API takes it: limit 10–200, every value checked, each refusal naming its field. */
export const ZFleetQuery = z.object({
  limit: z.coerce.number().int().min(10, "limit is 10 to 200").max(200, "limit is 10 to 200").default(FLEET_DEFAULTS.limit),
  skip: z.coerce.number().int().min(0, "skip is 0 or more").default(FLEET_DEFAULTS.skip),
  q: z.string().trim().max(200, "A search of at most 200 characters").optional(),
  status: z.enum(FLEET_STATUSES, "status is silent, reporting, waiting or unknown").optional(),
  enterpriseId: ZN2nEnterpriseId.optional(),
  type: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(FLEET_SORTS, `sort is one of ${FLEET_SORTS.join(", ")}`).default(FLEET_DEFAULTS.sort),
  dir: z.enum(["asc", "desc"], "dir is asc or desc").default(FLEET_DEFAULTS.dir),
  refresh: z.stringbool().optional(),
}) satisfies z.ZodType<TFleetQuery, unknown>;
export type TFleetQueryInput = z.input<typeof ZFleetQuery>;
