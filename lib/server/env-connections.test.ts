import { describe, expect, it } from "vitest";
import { throttlePlanOf } from "./upstream/throttle";
import { envConnections as fromEnv } from "./env-connections";

const envConnections = (variables: Record<string, string>) => fromEnv(variables as unknown as NodeJS.ProcessEnv);

describe("connections from the environment", () => {
  it("take N2N's quota from N2N_TPS and N2N_TPD, and assume 5 TPS without them", () => {
    const [quoted] = envConnections({ N2N_API_KEY: "key-1", N2N_TPS: "2", N2N_TPD: "20000" });
    expect(quoted).toMatchObject({ vendor: "n2n", values: { apiKey: "key-1", tps: "2", tpd: "20000" } });
    const plan = (values: Record<string, string>) => throttlePlanOf({ id: "env:n2n", version: 1, vendor: "n2n", name: "N2N", baseUrl: "https://n2n.test", values });
    expect(plan(quoted!.values)).toMatchObject({ limit: 10, windowMs: 5_000, perDay: 20_000 });
    const [plain] = envConnections({ N2N_API_KEY: "key-1" });
    expect(plan(plain!.values)).toMatchObject({ limit: 25, perDay: null });
  });

  it("need a credential: a quota alone is no connection", () => {
    expect(envConnections({ N2N_TPS: "2" })).toEqual([]);
  });
});
