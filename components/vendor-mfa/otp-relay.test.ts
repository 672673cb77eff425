import { describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/api-client";
import { createOtpRelay, isMfaCancelled, mfaCancelled, type TCodeRequest } from "./otp-relay";

const target = { key: "acreto/c1", label: "Acreto" };
const challenge = () => new ApiError(424, "mfa_required", "Acreto asks for a one-time code");

/** A vendor whose login needs a code once; `valid` is the only code it accepts. */
function vendor(valid = "123456") {
  let signedIn = false;
  const sent: (string | undefined)[] = [];
  const send = async (otp?: string) => {
    sent.push(otp);
    if (!signedIn && otp !== valid) throw challenge();
    signedIn = true;
    return "ecosystems";
  };
  return { send, sent };
}

describe("createOtpRelay", () => {
  it("asks once for calls that meet the challenge together, retries the asking call with the code and the others without", async () => {
    const upstream = vendor();
    const asked: TCodeRequest<unknown>[] = [];
    const relay = createOtpRelay(async (request) => {
      asked.push(request as TCodeRequest<unknown>);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return request.attempt("123456");
    });
    const results = await Promise.all([relay.call(target, upstream.send), relay.call(target, upstream.send), relay.call(target, upstream.send)]);
    expect(results).toEqual(["ecosystems", "ecosystems", "ecosystems"]);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.message).toBe("Acreto asks for a one-time code");
    expect(upstream.sent.filter((otp) => otp === "123456")).toHaveLength(1);
  });

  it("passes any other error through without asking", async () => {
    const ask = vi.fn();
    const relay = createOtpRelay(ask);
    await expect(relay.call(target, () => Promise.reject(new ApiError(502, "upstream_error", "down")))).rejects.toThrow("down");
    expect(ask).not.toHaveBeenCalled();
  });

  it("after a cancel fails at once for every call, without asking again, until resumed", async () => {
    const upstream = vendor();
    const ask = vi.fn(() => Promise.reject(mfaCancelled("Acreto")));
    const relay = createOtpRelay(ask);
    const first = await relay.call(target, upstream.send).catch((error: unknown) => error);
    expect(isMfaCancelled(first)).toBe(true);
    await expect(relay.call(target, upstream.send)).rejects.toThrow("Sign-in cancelled");
    expect(ask).toHaveBeenCalledTimes(1);
    expect(upstream.sent).toEqual([undefined]);

    relay.resume(target.key);
    ask.mockImplementationOnce(((request: TCodeRequest<unknown>) => request.attempt("123456")) as never);
    await expect(relay.call(target, upstream.send)).resolves.toBe("ecosystems");
  });
});
