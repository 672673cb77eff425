import { describe, expect, it } from "vitest";
import { enterpriseTree } from "./enterprise-tree";

describe("the enterprise filter's suggestions", () => {
  it("lists every enterprise level as a tree", () => {
    expect(enterpriseTree(["nnn.smartbuild.tower-a", "nnn.citywater.meters"])).toEqual(["nnn", "nnn.citywater", "nnn.citywater.meters", "nnn.smartbuild", "nnn.smartbuild.tower-a"]);
  });
});
