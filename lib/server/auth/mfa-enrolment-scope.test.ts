import { describe, expect, it } from "vitest";
import { allowDuringMfaEnrolment, mfaEnrolmentAllowed } from "./mfa-enrolment-scope";

describe("allowDuringMfaEnrolment", () => {
  it("marks only the wrapped route, across awaits", async () => {
    const seen: boolean[] = [];
    const route = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(mfaEnrolmentAllowed());
      return new Response(null, { status: 204 });
    };
    await Promise.all([allowDuringMfaEnrolment(route)(), route()]);
    expect(seen.sort()).toEqual([false, true]);
    expect(mfaEnrolmentAllowed()).toBe(false);
  });
});
