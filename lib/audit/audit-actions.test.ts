import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { vendorOperations } from "@/lib/server/operations/vendor-operations";
import { VENDORS } from "@/lib/vendors/vendor-names";
import { AUDIT_ACTION_GROUPS } from "./audit-action-groups";
import { AUDIT_ACTIONS, actionName, hasActionName } from "./audit-actions";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every action code the console's sources write: `action: "area.code"` and `const ACTION = "area.code"` outside tests. */
function actionCodesInSources(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        for (const [, code] of fs.readFileSync(full, "utf8").matchAll(/\b(?:action|ACTION)\s*[:=]\s*"([a-z_]+\.[a-zA-Z_]+)"/g)) codes.add(code!);
      }
    }
  };
  for (const dir of ["app", "lib", "scripts"]) walk(path.join(ROOT, dir));
  return codes;
}

/** Every change a vendor operation table serves: serveOperation audits it as "<vendor>.<operation name>". */
const vendorChangeCodes = () => VENDORS.flatMap((vendor) => vendorOperations(vendor).filter((operation) => operation.method !== "GET").map((operation) => `${vendor}.${operation.name}`));

describe("readable audit action names", () => {
  it("name every action code the sources write", () => {
    const codes = actionCodesInSources();
    expect(codes.size).toBeGreaterThan(25); // the scan itself still finds the console's audit calls
    expect([...codes].filter((code) => !hasActionName(code))).toEqual([]);
  });

  it("name every change of every vendor's operation table", () => {
    const codes = vendorChangeCodes();
    expect(codes.length).toBeGreaterThan(15);
    expect(codes.filter((code) => !hasActionName(code))).toEqual([]);
  });

  it("say what was done, or what was tried when it failed or was refused", () => {
    expect(actionName("acreto.createThing")).toBe("Created Acreto Thing");
    expect(actionName("acreto.createThing", "failed")).toBe("Create Acreto Thing");
    expect(actionName("auth.sign_in", "ok")).toBe("Signed in");
    expect(actionName("auth.sign_in", "denied")).toBe("Sign in");
    expect(actionName("user.role")).toBe("Changed role");
  });

  it("make words of a code they do not know", () => {
    expect(actionName("megaport.updateVxcSpeed")).toBe("Megaport: update vxc speed");
    expect(actionName("auth.sign_in_failed", "failed")).toBe("Auth: sign in failed");
    expect(actionName("backup")).toBe("Backup");
    expect(actionName("toString")).toBe("ToString"); // not Object.prototype's
  });

  it("put every named code in one of the action filter's groups", () => {
    expect(Object.keys(AUDIT_ACTIONS).filter((code) => !AUDIT_ACTION_GROUPS.some((group) => code.startsWith(group.prefix)))).toEqual([]);
  });

  it("keep each name short enough for a table cell", () => {
    for (const [code, [attempt, done]] of Object.entries(AUDIT_ACTIONS)) {
      expect(attempt.length, code).toBeLessThanOrEqual(45);
      expect(done.length, code).toBeLessThanOrEqual(45);
    }
  });
});
