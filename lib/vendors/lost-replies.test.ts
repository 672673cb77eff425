import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/server/db/open-database";
import { suiteDatabase } from "@/lib/server/db/test-databases";
import { HttpError } from "@/lib/server/http/errors";
import type { TOperation } from "@/lib/server/operations/define-operation";
import { ChangeOutcomeError } from "@/lib/server/operations/run-change";
import { callOperation } from "@/lib/server/operations/testing/call-operation";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { TUpstreamConnection } from "@/lib/server/upstream/types";
import { isVendorError } from "@/lib/server/upstream/vendor-error";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import type { TQueuedFaultInput } from "@/simulators/core/faults";
import { acretoOperations } from "./acreto/operations";
import { n2nOperations } from "./n2n/operations";
import { netticaOperations } from "./nettica/operations";
import { provisionOperations } from "./provision/operations";
import { ZIpamTree } from "./provision/schemas";
import { VENDORS, type TVendor } from "./registry";
import { megaportOperations } from "./megaport/operations";

// Every change of every vendor, with a proxy's two ways of failing after the vendor has acted: the
// answer lost (the connection dropped) and the answer late (past the console's timeout, 1 s here).
// Each ends with the console saying what the vendor shows now, the change sent once, and the same
// change refused until the admin confirms having seen that.

let sims: TRunningSimulators;
const timeoutBefore = process.env.VENDOR_TIMEOUT_SECONDS;
suiteDatabase(() => openDatabase({ dir: null }));
beforeAll(async () => {
  process.env.VENDOR_TIMEOUT_SECONDS = "1";
  sims = await startSimulators({ port: 0, seed: 21, acreto: { commitDurationMs: 60_000 } });
});
afterAll(async () => {
  if (timeoutBefore === undefined) delete process.env.VENDOR_TIMEOUT_SECONDS;
  else process.env.VENDOR_TIMEOUT_SECONDS = timeoutBefore;
  await sims.close();
});
beforeEach(() => {
  for (const simulator of Object.values(sims.simulators)) simulator.reset();
  sims.simulators.n2n.control.setKeyLimits(sims.credentials.n2n.apiKey, { tps: 100 });
});

const TABLES: Record<TVendor, readonly TOperation[]> = { nettica: netticaOperations, acreto: acretoOperations, provision: provisionOperations, n2n: n2nOperations, megaport: megaportOperations };

/** A connection of its own for each call: nothing read is served from another case's short cache. */
function connectionOf(vendor: TVendor): TUpstreamConnection {
  const { credentials: c, urls } = sims;
  if (vendor === "acreto") return testConnectionOf("acreto", urls.acreto, { ...c.acreto.admin });
  if (vendor === "provision") return testConnectionOf("provision", urls.provision, { ...c.provision });
  if (vendor === "n2n") return testConnectionOf("n2n", urls.n2n, { apiKey: c.n2n.apiKey, tps: "100" });
  return testConnectionOf("nettica", urls.nettica, { apiKey: c.nettica.apiKey });
}

type TChangeCall = { method: string; path: string; input?: unknown };
type TCase = {
  vendor: TVendor;
  name: string;
  /** The call, once the simulator holds what it needs. */
  prepare: (conn: TUpstreamConnection) => Promise<TChangeCall>;
  /** Only the change itself, not the reads around it. */
  fault: Omit<TQueuedFaultInput, "kind">;
  /** How many times this change reached the vendor. */
  made: () => number;
  /** The console itself refuses a confirmed resend (a commit is running), so it does not reach the vendor. */
  resendRefused?: RegExp;
  /** What reading back says once the vendor has made it. */
  found: RegExp;
};

const provisionCalls = (action: string) => () => sims.simulators.provision.control.calls()[`ipam.${action}`] ?? 0;
const routeCount = (vendor: TVendor, route: string) => () => sims.simulators[vendor].stats.count(route);
const read = (vendor: TVendor, conn: TUpstreamConnection, path: string) => callOperation(TABLES[vendor], conn, "GET", path, { role: "viewer" });

async function provisionBlockId(conn: TUpstreamConnection, cidr: string): Promise<number> {
  const tree = ZIpamTree.parse(await read("provision", conn, "blocks"));
  return [...tree.ipv4, ...tree.ipv6].flatMap((a) => [a, ...a.blocks]).find((row) => row.cidr === cidr)!.id;
}

function fleet() {
  const ecosystem = sims.simulators.acreto.state.ecosystems.find((e) => e.name === "Fleet Telematics")!;
  return { ecosystem, path: `customers/${ecosystem.customerUuid}/ecosystems/${ecosystem.uuid}`, wire: `/customers/${ecosystem.customerUuid}/ecosystems/${ecosystem.uuid}` };
}

const enrolment = { deviceId: "70B3D57ED0001234", enterpriseId: "nnn.logistics", name: "Pallet tracker 1", enrolment: { mode: "otaa", class: "A", otaa: { appEui: "70B3D57ED0000000", appKey: "00112233445566778899AABBCCDDEEFF" } } };

const CASES: TCase[] = [
  {
    vendor: "provision",
    name: "Smart Assign",
    prepare: async () => ({ method: "POST", path: "smart-assign", input: { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42 } }),
    fault: { query: { action: "smartAssign" } },
    made: provisionCalls("smartAssign"),
    found: /^198\.51\.100\.16\/28 newly assigned to Acme Corp \(#42\)$/,
  },
  {
    vendor: "provision",
    name: "Direct Assign",
    prepare: async () => ({ method: "POST", path: "direct-assign", input: { block: "10.0.3.0/24", resourceId: 840 } }),
    fault: { query: { action: "directAssign" } },
    made: provisionCalls("directAssign"),
    found: /^10\.0\.3\.0\/24 is assigned to Soylent Networks \(#840\)$/,
  },
  {
    vendor: "provision",
    name: "Unassign",
    prepare: async (conn) => ({ method: "POST", path: "unassign", input: { id: await provisionBlockId(conn, "10.0.1.0/24"), skipHolding: true } }),
    fault: { query: { action: "unassign" } },
    made: provisionCalls("unassign"),
    found: /^10\.0\.1\.0\/24 is free$/,
  },
  {
    vendor: "provision",
    name: "adding an aggregate",
    prepare: async () => ({ method: "POST", path: "aggregates", input: { block: "100.64.0.0/22", rir: "ARIN", tags: ["cgnat"] } }),
    fault: { query: { action: "add" } },
    made: provisionCalls("add"),
    found: /^100\.64\.0\.0\/22 is in ProVision$/,
  },
  {
    vendor: "provision",
    name: "editing a block",
    prepare: async (conn) => ({ method: "PATCH", path: `blocks/${await provisionBlockId(conn, "192.0.2.0/24")}`, input: { notes: "lost answer" } }),
    fault: { query: { action: "update" } },
    made: provisionCalls("update"),
    found: /^192\.0\.2\.0\/24 has the new values$/,
  },
  {
    vendor: "provision",
    name: "removing a tag",
    prepare: async (conn) => ({ method: "POST", path: `blocks/${await provisionBlockId(conn, "192.0.2.0/24")}/remove-tag`, input: { tag: "customer" } }),
    fault: { query: { action: "deleteTag" } },
    made: provisionCalls("deleteTag"),
    found: /^192\.0\.2\.0\/24 no longer has tag customer$/,
  },
  {
    vendor: "provision",
    name: "deleting a block",
    prepare: async (conn) => ({ method: "DELETE", path: `blocks/${await provisionBlockId(conn, "192.0.2.0/24")}`, input: { force: true } }),
    fault: { query: { action: "delete" } },
    made: provisionCalls("delete"),
    found: /^block \d+ is gone$/,
  },
  {
    vendor: "acreto",
    name: "a commit",
    prepare: async () => ({ method: "POST", path: `${fleet().path}/commits` }),
    fault: { method: "POST", pathPrefix: `/customers/` },
    made: routeCount("acreto", "POST /customers/:customer/ecosystems/:ecosystem/commits"),
    found: /^the ecosystem committing \(commit_in_progress\)$/,
    resendRefused: /commit is in progress/,
  },
  {
    vendor: "acreto",
    name: "creating a Thing",
    prepare: async (conn) => {
      const { groups } = (await read("acreto", conn, `${fleet().path}/groups`)) as { groups: Array<{ uuid: string }> };
      return { method: "POST", path: `${fleet().path}/things`, input: { name: "Lost-answer Thing", profileGroup: groups[0]!.uuid } };
    },
    fault: { method: "POST", pathPrefix: `/customers/` },
    made: routeCount("acreto", "POST /customers/:customer/ecosystems/:ecosystem/devices"),
    found: /^a new Thing named "Lost-answer Thing" in the ecosystem$/,
  },
  {
    vendor: "acreto",
    name: "deleting a Thing",
    prepare: async (conn) => {
      const { things } = (await read("acreto", conn, `${fleet().path}/things`)) as { things: Array<{ uuid: string }> };
      return { method: "DELETE", path: `${fleet().path}/things/${things[0]!.uuid}` };
    },
    fault: { method: "DELETE" },
    made: routeCount("acreto", "DELETE /customers/:customer/ecosystems/:ecosystem/devices/:thing"),
    found: /^no Thing [0-9a-f-]+ any more$/,
  },
  {
    vendor: "n2n",
    name: "enrolling a device",
    prepare: async () => ({ method: "POST", path: "devices", input: enrolment }),
    fault: { method: "POST", pathPrefix: "/devices" },
    made: routeCount("n2n", "POST /devices"),
    found: /^70B3D57ED0001234 enrolled$/,
  },
  {
    vendor: "n2n",
    name: "unenrolling a device",
    prepare: async () => ({ method: "DELETE", path: `devices/${sims.simulators.n2n.state.devices[0]!.deviceId}` }),
    fault: { method: "DELETE" },
    made: routeCount("n2n", "DELETE /devices/:id"),
    found: /^\S+ gone$/,
  },
  {
    vendor: "nettica",
    name: "disabling a VPN",
    prepare: async () => {
      const vpn = [...sims.simulators.nettica.state.vpns.values()].find((candidate) => candidate.enable)!;
      return { method: "PATCH", path: `vpns/${vpn.id}/disable` };
    },
    fault: { method: "PATCH" },
    made: routeCount("nettica", "PATCH /vpn/:id/disable"),
    found: /^VPN "[^"]+" disabled$/,
  },
];

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("should have failed"),
    (error: unknown) => error,
  );
}

function enqueue(vendor: TVendor, fault: TQueuedFaultInput) {
  sims.simulators[vendor].faults.enqueue(fault);
}

describe("a change whose answer is lost or late", () => {
  it("every change of every vendor says how its lost answer is settled", () => {
    const changes = VENDORS.flatMap((vendor) => TABLES[vendor].filter((op) => op.method !== "GET").map((op) => ({ vendor, op })));
    expect(changes.filter(({ op }) => !op.lostReply).map(({ vendor, op }) => `${vendor}.${op.name}`)).toEqual([]);
    const checked = changes.filter(({ op }) => op.lostReply && !("harmless" in op.lostReply)).map(({ vendor, op }) => `${vendor}.${op.name}`);
    // Each checked change has a case below (enable and disable share one check).
    expect(checked.length).toBe(CASES.length + 1);
  });

  for (const kind of ["lose-reply", "late-reply"] as const) {
    for (const change of CASES) {
      it(`${change.vendor}: ${change.name}, ${kind === "lose-reply" ? "its answer lost" : "its answer late"}: sent once, read back as done, and the same change held until confirmed`, async () => {
        const conn = connectionOf(change.vendor);
        const call = await change.prepare(conn);
        const run = (confirmResend?: number) => callOperation(TABLES[change.vendor], conn, call.method, call.path, { role: "operator", input: call.input, confirmResend });
        if (kind === "late-reply") sims.simulators[change.vendor].faults.configure({ hangMs: 1_500 });
        enqueue(change.vendor, { kind, ...change.fault });

        const lost = await failure(run());
        expect(lost, String(lost)).toBeInstanceOf(ChangeOutcomeError);
        const { outcome, message, code, status } = lost as ChangeOutcomeError;
        expect(code).toBe("reply_lost");
        expect(status).toBe(kind === "lose-reply" ? 502 : 504);
        expect(outcome.state).toBe("done");
        expect(outcome.found).toMatch(change.found);
        expect(message).toContain(kind === "lose-reply" ? "answer to" : "did not come within 1 s");
        expect(message).toContain("Patchbay did not send it again.");
        expect(message).toContain(`${outcome.found}: the change was made.`);
        expect(change.made()).toBe(1);

        // A second click is not sent: it is told what the vendor shows now.
        const held = await failure(run());
        expect(held).toBeInstanceOf(ChangeOutcomeError);
        expect(held).toMatchObject({ status: 409, code: "unsettled_change", outcome: { state: "done", lostAt: outcome.lostAt } });
        expect((held as Error).message).toMatch(/was sent 1 min ago and .*'s answer was lost\. .* Confirm to send it again\.$/);
        expect(change.made()).toBe(1);
        // Naming another loss than the one shown does not count as confirming it.
        expect(await failure(run(outcome.lostAt - 1))).toMatchObject({ status: 409, code: "unsettled_change" });
        expect(change.made()).toBe(1);

        // Confirmed, it goes to the vendor once more (which may refuse what it already did).
        const again = await run(outcome.lostAt).catch((error: unknown) => {
          if (!isVendorError(error) && !(error instanceof HttpError)) throw error;
          return error;
        });
        if (change.resendRefused) expect(again).toMatchObject({ status: 409, message: expect.stringMatching(change.resendRefused) });
        expect(change.made()).toBe(change.resendRefused ? 1 : 2);
      });
    }
  }

  it("reads back 'not done' when the connection dropped before the vendor acted, and sends nothing twice", async () => {
    const conn = connectionOf("provision");
    enqueue("provision", { kind: "drop", query: { action: "directAssign" } });
    const error = (await failure(callOperation(provisionOperations, conn, "POST", "direct-assign", { role: "operator", input: { block: "10.0.3.0/24", resourceId: 840 } }))) as ChangeOutcomeError;
    expect(error.outcome).toMatchObject({ state: "not_done", found: "10.0.3.0/24 is free" });
    expect(error.message).toBe(
      "6connect ProVision's answer to the assignment of 10.0.3.0/24 to resource 840 was lost, so 6connect ProVision may have made it. Patchbay did not send it again. Reading 6connect ProVision back shows 10.0.3.0/24 is free: the change was not made.",
    );
    expect(provisionCalls("directAssign")()).toBe(0);
  });

  it("leaves a vendor's own refusal or 503 as it is: nothing to read back, nothing held", async () => {
    const conn = connectionOf("provision");
    const input = { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42 };
    enqueue("provision", { kind: "error", status: 503, query: { action: "smartAssign" } });
    const unavailable = await failure(callOperation(provisionOperations, conn, "POST", "smart-assign", { role: "operator", input }));
    expect(isVendorError(unavailable) && unavailable.mayHaveActed).toBe(false);
    expect((unavailable as Error).message).toMatch(/^6connect ProVision is unavailable right now\. Try again in a few minutes\.$/);
    // Not held: the next click is sent.
    expect(await callOperation(provisionOperations, conn, "POST", "smart-assign", { role: "operator", input })).toMatchObject({ block: { cidr: "198.51.100.16/28" } });
    expect(provisionCalls("smartAssign")()).toBe(1);
  });

  it("refuses the same change while it is being sent, and says where it stands when reading back fails too", async () => {
    const conn = connectionOf("n2n");
    const send = () => callOperation(n2nOperations, conn, "POST", "devices", { role: "operator", input: enrolment });
    sims.simulators.n2n.faults.configure({ hangMs: 1_500 });
    enqueue("n2n", { kind: "late-reply", method: "POST", pathPrefix: "/devices" });
    // The read back fails as well (N2N answers 500 to it).
    enqueue("n2n", { kind: "error", status: 500, method: "GET", pathPrefix: "/devices/" });
    const first = failure(send());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await failure(send())).toMatchObject({ status: 409, code: "change_in_flight", message: "The enrolment of 70B3D57ED0001234 is being sent already. Wait for its answer." });
    const lost = (await first) as ChangeOutcomeError;
    expect(lost.outcome.state).toBe("unknown");
    expect(lost.outcome.found).toMatch(/^nothing: reading N2N DL back failed too \(/);
    expect(lost.message).toContain("which does not tell whether the change was made: look before you send it again.");
    expect(routeCount("n2n", "POST /devices")()).toBe(1);
  });
});
