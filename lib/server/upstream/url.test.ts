import { describe, expect, it } from "vitest";
import { assertCodePath, encodeForm, encodeStrict, joinUrl, pathSegment, queryEntries } from "./url";

describe("upstream URLs", () => {
  it("joins the base URL and a code path", () => {
    expect(joinUrl("https://my.nettica.com/api/v1.0", "/device")).toBe("https://my.nettica.com/api/v1.0/device");
    expect(joinUrl("https://my.nettica.com/api/v1.0/", "/device")).toBe("https://my.nettica.com/api/v1.0/device");
    expect(joinUrl("https://ipam.example.com/ex/api/v1/api.php", "")).toBe("https://ipam.example.com/ex/api/v1/api.php");
  });

  it("rejects absolute, protocol-relative, traversing or query-carrying paths", () => {
    for (const path of ["http://evil", "//evil/x", "/a/../b", "/..", "/a/%2E%2E/b", "/a/..%2Fb", "/a\\b", "/a?x=1", "/a#f", "/a b", "x"]) {
      expect(() => assertCodePath(path), path).toThrow(TypeError);
    }
    expect(() => assertCodePath("/customers/c-1/ecosystems")).not.toThrow();
  });

  it("rejects bad base URLs", () => {
    expect(() => joinUrl("ftp://x", "/a")).toThrow(TypeError);
    expect(() => joinUrl("https://u:p@x", "/a")).toThrow(TypeError);
    expect(() => joinUrl("https://x/?q=1", "/a")).toThrow(TypeError);
    expect(() => joinUrl("not a url", "/a")).toThrow(TypeError);
  });

  it("encodes segments, queries and strict values", () => {
    expect(pathSegment("user@email.com")).toBe("user%40email.com");
    expect(pathSegment("a/../b")).toBe("a%2F..%2Fb");
    expect(() => assertCodePath(`/users/${pathSegment("a/../b")}`)).toThrow(TypeError);
    expect(() => pathSegment("..")).toThrow(TypeError);
    expect(queryEntries({ a: 1, b: [true, "x"], c: undefined, d: null })).toEqual([["a", "1"], ["b", "true"], ["b", "x"]]);
    expect(encodeForm([["q", "a b&c"]])).toBe("q=a+b%26c");
    expect(encodeStrict("a b,c/d!'()*~")).toBe("a%20b%2Cc%2Fd%21%27%28%29%2A~");
  });
});
