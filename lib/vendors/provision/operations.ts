import "server-only";
import type { TOperation } from "@/lib/server/operations/define-operation";

/** 6connect ProVision's BFF surface: /api/v/provision/<connection>/<path>. */
export const provisionOperations: readonly TOperation[] = [];
