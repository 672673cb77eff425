import { z } from "zod";
import { readJsonBody } from "../core/http";
import type { TSimKit } from "../core/sim-app";
import type { TRandom } from "../random";
import { ACRETO_ERRORS, acretoError } from "./errors";
import { ecosystemPayload, groupPayload, settleCommit, thingPayload, userPayload } from "./payloads";
import { ZERO_TIME, type TAcretoState, type TAcretoThing } from "./records";
import { customerScope, ecosystemScope, refuseChange } from "./scope";

const ZThingBody = z.looseObject({
  name: z.string().optional(),
  type: z.string().optional(),
  category: z.string().optional(),
  assetValue: z.number().int().min(0).optional(),
  profileGroup: z.string().optional(),
  expiry: z.object({ time: z.string(), type: z.string() }).nullish(),
});
type TThingBody = z.infer<typeof ZThingBody>;

const ECOSYSTEM = "/customers/:customer/ecosystems/:ecosystem";

/** Ecosystems, profile groups, Things (devices), users and commits. */
export function registerEcosystemRoutes(kit: TSimKit, state: TAcretoState, random: TRandom): void {
  const { app, clock } = kit;

  app.get("/customers/:customer/ecosystems", (c) => {
    const account = customerScope(c, state, clock.now());
    if (account instanceof Response) return account;
    const ecosystems = state.ecosystems.filter((e) => e.customerUuid === c.req.param("customer"));
    return c.json(ecosystems.map((e) => ecosystemPayload(settleCommit(e, clock.now()))));
  });

  app.get(ECOSYSTEM, (c) => {
    const scope = ecosystemScope(c, state, clock.now());
    return scope instanceof Response ? scope : c.json(ecosystemPayload(scope.ecosystem));
  });

  app.get(`${ECOSYSTEM}/groups`, (c) => {
    const scope = ecosystemScope(c, state, clock.now());
    if (scope instanceof Response) return scope;
    return c.json(state.groups.filter((g) => g.ecosystemUuid === scope.ecosystem.uuid).map(groupPayload));
  });

  app.get(`${ECOSYSTEM}/users`, (c) => {
    const scope = ecosystemScope(c, state, clock.now());
    if (scope instanceof Response) return scope;
    return c.json(state.users.filter((u) => u.ecosystemUuid === scope.ecosystem.uuid).map(userPayload));
  });

  app.get(`${ECOSYSTEM}/devices`, (c) => {
    const scope = ecosystemScope(c, state, clock.now());
    if (scope instanceof Response) return scope;
    return c.json(state.things.filter((t) => t.ecosystemUuid === scope.ecosystem.uuid).map(thingPayload));
  });

  app.post(`${ECOSYSTEM}/devices`, async (c) => {
    const scope = ecosystemScope(c, state, clock.now());
    if (scope instanceof Response) return scope;
    const refused = refuseChange(c, scope.ecosystem);
    if (refused) return refused;
    const body = await readThing(c.req.raw);
    if (typeof body === "string") return acretoError(c, 400, ACRETO_ERRORS.badRequest, body);
    if (!body.name) return acretoError(c, 400, ACRETO_ERRORS.badRequest, "name is required.");
    if ((body.type ?? "device") !== "device") return acretoError(c, 400, ACRETO_ERRORS.badRequest, "type must be \"device\".");
    if (!state.groups.some((g) => g.ecosystemUuid === scope.ecosystem.uuid && g.uuid === body.profileGroup)) {
      return acretoError(c, 400, ACRETO_ERRORS.badRequest, "profileGroup does not exist in this ecosystem.");
    }
    const thing: TAcretoThing = {
      uuid: random.uuid(),
      ecosystemUuid: scope.ecosystem.uuid,
      ...wholeThing({ ...body, type: body.type ?? "device" }),
    };
    state.things.push(thing);
    scope.ecosystem.status = "pending_changes";
    return c.json(thingPayload(thing));
  });

  app.get(`${ECOSYSTEM}/devices/:thing`, (c) => {
    const scope = ecosystemScope(c, state, clock.now());
    if (scope instanceof Response) return scope;
    const thing = state.things.find((t) => t.ecosystemUuid === scope.ecosystem.uuid && t.uuid === c.req.param("thing"));
    return thing ? c.json(thingPayload(thing)) : acretoError(c, 404, ACRETO_ERRORS.notFound, "Thing not found.");
  });

  app.put(`${ECOSYSTEM}/devices/:thing`, async (c) => {
    const scope = ecosystemScope(c, state, clock.now());
    if (scope instanceof Response) return scope;
    const thing = state.things.find((t) => t.ecosystemUuid === scope.ecosystem.uuid && t.uuid === c.req.param("thing"));
    if (!thing) return acretoError(c, 404, ACRETO_ERRORS.notFound, "Thing not found.");
    const refused = refuseChange(c, scope.ecosystem);
    if (refused) return refused;
    const body = await readThing(c.req.raw);
    if (typeof body === "string") return acretoError(c, 400, ACRETO_ERRORS.badRequest, body);
    if (body.profileGroup && !state.groups.some((g) => g.ecosystemUuid === scope.ecosystem.uuid && g.uuid === body.profileGroup)) {
      return acretoError(c, 400, ACRETO_ERRORS.badRequest, "profileGroup does not exist in this ecosystem.");
    }
    // PUT replaces the whole Thing: whatever the body leaves out is zeroed.
    Object.assign(thing, wholeThing(body));
    scope.ecosystem.status = "pending_changes";
    return c.json(thingPayload(thing));
  });

  app.delete(`${ECOSYSTEM}/devices/:thing`, (c) => {
    const scope = ecosystemScope(c, state, clock.now());
    if (scope instanceof Response) return scope;
    const index = state.things.findIndex((t) => t.ecosystemUuid === scope.ecosystem.uuid && t.uuid === c.req.param("thing"));
    if (index < 0) return acretoError(c, 404, ACRETO_ERRORS.notFound, "Thing not found.");
    const refused = refuseChange(c, scope.ecosystem);
    if (refused) return refused;
    state.things.splice(index, 1);
    scope.ecosystem.status = "pending_changes";
    return c.body(null, 204);
  });

  app.post(`${ECOSYSTEM}/commits`, (c) => {
    const scope = ecosystemScope(c, state, clock.now());
    if (scope instanceof Response) return scope;
    const refused = refuseChange(c, scope.ecosystem);
    if (refused) return refused;
    scope.ecosystem.status = "commit_in_progress";
    scope.ecosystem.commit = {
      startedAt: clock.now(),
      durationMs: state.settings.commitDurationMs,
      outcome: state.settings.commitOutcome,
    };
    return c.body(null, 204);
  });
}

async function readThing(request: Request): Promise<TThingBody | string> {
  const body = await readJsonBody(request);
  if (!body.ok) return `Invalid JSON: ${body.error}`;
  const parsed = ZThingBody.safeParse(body.value);
  return parsed.success ? parsed.data : z.prettifyError(parsed.error);
}

function wholeThing(body: TThingBody): Omit<TAcretoThing, "uuid" | "ecosystemUuid"> {
  return {
    name: body.name ?? "",
    type: body.type ?? "",
    category: body.category ?? "",
    assetValue: body.assetValue ?? 0,
    profileGroup: body.profileGroup ?? "",
    expiry: body.expiry ?? { time: ZERO_TIME, type: "" },
  };
}
