import type { TSimContext } from "../core/sim-app";
import { accountOf } from "./auth";
import { ACRETO_ERRORS, acretoError } from "./errors";
import { settleCommit } from "./payloads";
import type { TAcretoAccount, TAcretoEcosystem, TAcretoState } from "./records";

export type TAcretoScope = { account: TAcretoAccount; ecosystem: TAcretoEcosystem };

/** The customer must be the caller's and the ecosystem the customer's; otherwise the error answer. */
export function customerScope(c: TSimContext, state: TAcretoState, now: number): TAcretoAccount | Response {
  const account = accountOf(c, state, now);
  if (!account || account === "expired") return acretoError(c, 401, ACRETO_ERRORS.unauthorized);
  if (!account.customerUuids.includes(c.req.param("customer") ?? "")) return acretoError(c, 403, ACRETO_ERRORS.forbidden);
  return account;
}

export function ecosystemScope(c: TSimContext, state: TAcretoState, now: number): TAcretoScope | Response {
  const account = customerScope(c, state, now);
  if (account instanceof Response) return account;
  const ecosystem = state.ecosystems.find(
    (e) => e.uuid === c.req.param("ecosystem") && e.customerUuid === c.req.param("customer"),
  );
  if (!ecosystem) return acretoError(c, 404, ACRETO_ERRORS.notFound, "Ecosystem not found.");
  return { account, ecosystem: settleCommit(ecosystem, now) };
}

/** Changes are refused while a commit runs or the ecosystem is in error. */
export function refuseChange(c: TSimContext, ecosystem: TAcretoEcosystem): Response | null {
  if (ecosystem.status === "commit_in_progress") return acretoError(c, 409, ACRETO_ERRORS.commitInProgress);
  if (ecosystem.status === "ecosystem_error") return acretoError(c, 409, ACRETO_ERRORS.ecosystemError);
  return null;
}
