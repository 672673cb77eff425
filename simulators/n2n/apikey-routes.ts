import { z } from "zod";
import { readJsonBody } from "../core/http";
import type { TSimContext, TSimKit } from "../core/sim-app";
import type { TRandom } from "../random";
import { callerOf, refuseReadOnly, type TN2nCaller } from "./auth";
import { n2nError } from "./errors";
import type { TN2nApiKey, TN2nState } from "./records";

const ZNewKey = z.object({
  name: z.string().min(1, "name is required").max(80),
  level: z.enum(["readOnly", "admin", "reseller"]).default("readOnly"),
  tps: z.number().int().min(1).max(100).default(5),
  tpd: z.number().int().min(1).max(10_000_000).default(50_000),
  groupIdList: z.array(z.string()).optional(),
});

/** A key as listed: the secret itself is shown once, when it is created. */
function keyPayload(key: TN2nApiKey) {
  return { id: key.id, name: key.name, level: key.level, tps: key.tps, tpd: key.tpd, groupIdList: [...key.groupIdList], createdAt: key.createdAt };
}

/** API key management (paths assumed: GET/POST /apikeys, DELETE /apikeys/{id}). */
export function registerApiKeyRoutes(kit: TSimKit, state: TN2nState, random: TRandom): void {
  const { app, clock } = kit;
  const caller = (c: TSimContext) => callerOf(c, state, clock.now()) as TN2nCaller;

  app.get("/apikeys", (c) => c.json(state.apiKeys.map(keyPayload)));

  app.post("/apikeys", async (c) => {
    const refused = refuseReadOnly(c, caller(c));
    if (refused) return refused;
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) return n2nError(c, 400, `Invalid request: ${body.error}`);
    const parsed = ZNewKey.safeParse(body.value);
    if (!parsed.success) return n2nError(c, 400, `Invalid request: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    const key: TN2nApiKey = {
      id: `key-${random.hex(12)}`,
      key: random.hex(40),
      ...parsed.data,
      groupIdList: parsed.data.groupIdList ?? [...caller(c).groupIdList],
      createdAt: Math.floor(clock.now() / 1000),
    };
    state.apiKeys.push(key);
    return c.json({ ...keyPayload(key), key: key.key }, 201);
  });

  app.delete("/apikeys/:id", (c) => {
    const refused = refuseReadOnly(c, caller(c));
    if (refused) return refused;
    const index = state.apiKeys.findIndex((k) => k.id === c.req.param("id"));
    if (index < 0) return n2nError(c, 404, `API key '${c.req.param("id")}' not found`);
    state.apiKeys.splice(index, 1);
    return c.body(null, 204);
  });
}
