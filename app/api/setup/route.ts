import type { NextRequest } from "next/server";
import { audit } from "@/lib/server/audit";
import { errorResponse } from "@/lib/server/http/error-response";
import { conflict, forbiddenError } from "@/lib/server/http/errors";
import { readJson } from "@/lib/server/http/read-json";
import { sameOrigin } from "@/lib/server/http/same-origin";
import { countUsers, createFirstAdmin } from "@/lib/server/users";
import { ZSetupInput } from "@/lib/setup-input";

// Only while the console has no user: creates the first admin.
export async function POST(req: NextRequest) {
  try {
    if (!sameOrigin(req)) throw forbiddenError("This request did not come from the console");
    // Closed once used: say so before reading anything (createFirstAdmin still settles a race).
    if ((await countUsers()) > 0) throw conflict("Setup is already done; sign in instead");
    const input = await readJson(req, ZSetupInput);
    const user = await createFirstAdmin(input);
    if (!user) throw conflict("Setup is already done; sign in instead");
    await audit({ actor: { id: user.id, email: user.email }, action: "user.create", target: user.email, details: { role: "admin", source: "setup" } });
    return Response.json({ id: user.id, email: user.email }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
