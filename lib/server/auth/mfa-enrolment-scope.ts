import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

const scope = new AsyncLocalStorage<true>();

/**
 * Marks a route handler a user may call while they still have to enrol in MFA (the console
 * requires it and they have none): their own account routes. Every other route answers 403
 * `mfa_enrolment_required` to them. Wrap outside withSession: `allowDuringMfaEnrolment(withSession(…))`.
 */
export function allowDuringMfaEnrolment<A extends unknown[]>(route: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return (...args) => scope.run(true, () => route(...args));
}

export function mfaEnrolmentAllowed(): boolean {
  return scope.getStore() === true;
}
