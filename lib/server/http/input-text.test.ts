import { describe, expect, it } from "vitest";
import { z } from "zod";
import { declaredKeys, unknownKey } from "./declared-keys";
import { MAX_INPUT_DEPTH, inputProblem } from "./input-text";

describe("input text", () => {
  it("finds control characters in values and names, allowing newlines and tabs only in bodies", () => {
    expect(inputProblem({ q: "10.0.0.0/8" }, { multiline: false })).toBeNull();
    expect(inputProblem({ notes: "line one\nline two\tend" }, { multiline: true })).toBeNull();
    expect(inputProblem({ notes: "line one\nline two" }, { multiline: false })?.path).toBe("notes");
    expect(inputProblem({ name: "a\r\nX-Injected: 1" }, { multiline: true })?.message).toMatch(/control character/);
    expect(inputProblem({ tags: ["ok", "nul\u0000"] }, { multiline: true })?.path).toBe("tags.1");
    expect(inputProblem({ "bad\r\nkey": 1 }, { multiline: true })?.path).toBe("bad\r\nkey");
    expect(inputProblem({ esc: "\u001b[31m" }, { multiline: true })).not.toBeNull();
  });

  it("refuses nesting deeper than any form sends, without recursion", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(inputProblem(deep, { multiline: true })?.message).toMatch(/nested too deeply/);
    let ok: unknown = "x";
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i += 1) ok = { a: ok };
    expect(inputProblem(ok, { multiline: true })).toBeNull();
  });

  it("knows the fields a schema declares, through refinements and preprocessing", () => {
    const thing = z.object({ name: z.string(), notes: z.string().optional() }).refine(() => true);
    expect([...declaredKeys(thing)!]).toEqual(["name", "notes"]);
    expect([...declaredKeys(z.preprocess((x) => x, z.object({ q: z.string() })))!]).toEqual(["q"]);
    expect(declaredKeys(z.looseObject({ a: z.string() }))).toBeNull();
    expect(declaredKeys(z.record(z.string(), z.string()))).toBeNull();
    expect(unknownKey(thing, { name: "x", baseUrl: "http://canary.invalid" })).toBe("baseUrl");
    expect(unknownKey(thing, { name: "x" })).toBeNull();
    expect(unknownKey(undefined, { url: "//canary.invalid" })).toBe("url");
    expect(unknownKey(undefined, {})).toBeNull();
    expect(unknownKey(thing, ["not", "an", "object"])).toBeNull();
  });
});
