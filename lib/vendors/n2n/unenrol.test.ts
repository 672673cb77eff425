import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callOperation } from "@/lib/server/operations/testing/call-operation";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { VendorError } from "@/lib/server/upstream/vendor-error";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { n2nOperations } from "./operations";

let sims: TRunningSimulators;
beforeAll(async () => {
  sims = await startSimulators({ port: 0, seed: 11 });
});
afterAll(() => sims.close());
beforeEach(() => {
  sims.simulators.n2n.reset();
  sims.simulators.n2n.control.setKeyLimits(sims.credentials.n2n.apiKey, { tps: 100 });
});

const n2n = () => sims.simulators.n2n;
const connection = (apiKey: string = sims.credentials.n2n.apiKey) => testConnectionOf("n2n", sims.urls.n2n, { apiKey, tps: "100" });
const unenrol = (deviceId: string, role: "viewer" | "operator" = "operator", conn = connection()) => callOperation(n2nOperations, conn, "DELETE", `devices/${deviceId}`, { role });
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as VendorError);
const deletes = () => n2n().stats.snapshot().recent.filter((r) => r.method === "DELETE").length;
const enrolled = (deviceId: string) => n2n().state.devices.some((d) => d.deviceId === deviceId);

describe("unenrolling an N2N DL device", () => {
  it("is for operators; N2N forgets the device (either id form), and a second try gets N2N's 404", async () => {
    const [device] = n2n().state.devices;
    const station = n2n().state.devices.find((d) => d.kind === "pump")!;
    await expect(unenrol(device!.deviceId, "viewer")).rejects.toMatchObject({ status: 403 });
    expect(deletes()).toBe(0);

    expect(await unenrol(device!.deviceId.toLowerCase())).toBeUndefined();
    expect(await unenrol(station.deviceId)).toBeUndefined();
    expect([enrolled(device!.deviceId), enrolled(station.deviceId)]).toEqual([false, false]);
    const again = await failure(unenrol(device!.deviceId));
    expect(again).toMatchObject({ status: 404 });
    expect(again?.message).toContain(`Device '${device!.deviceId}' not found`);
    expect(deletes()).toBe(3);
  });

  it("relays N2N's refusal for a read-only key", async () => {
    const [device] = n2n().state.devices;
    const refused = await failure(unenrol(device!.deviceId, "operator", connection(sims.credentials.n2n.readOnlyApiKey)));
    expect(refused).toMatchObject({ status: 403 });
    expect(enrolled(device!.deviceId)).toBe(true);
  });

  it("a 503 from N2N is its answer: the device stays enrolled, and the DELETE is not sent again", async () => {
    const [device] = n2n().state.devices;
    n2n().faults.enqueue({ kind: "error", status: 503, pathPrefix: "/devices/" });
    const error = await failure(unenrol(device!.deviceId));
    expect(error?.code).toBe("upstream_unavailable");
    expect(error?.mayHaveActed).toBe(false);
    expect(deletes()).toBe(1);
    expect(enrolled(device!.deviceId)).toBe(true);
  });
  // A lost or late answer is read back: lib/vendors/lost-replies.test.ts.
});
