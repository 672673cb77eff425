import { describe, expect, it } from "vitest";
import { indexQueryOf } from "./index-query";
import { searchTerms } from "./search-terms";

describe("what a typed text is searched as", () => {
  it("reads an IPv4 or IPv6 address or CIDR as one, canonical, for the blocks that hold it", () => {
    expect(indexQueryOf(" 10.0.3.7 ")).toEqual({ phrase: "10.0.3.7", words: ["10.0.3.7"], address: "10.0.3.7" });
    expect(indexQueryOf("10.0.3.7/24")).toEqual({ phrase: "10.0.3.7/24", words: ["10.0.3.7/24"], address: "10.0.3.0/24" });
    expect(indexQueryOf("2001:0DB8:0000::1")).toEqual({ phrase: "2001:0db8:0000::1", words: ["2001:db8::1"], address: "2001:db8::1" });
    expect(indexQueryOf("2001:db8::/48").address).toBe("2001:db8::/48");
  });

  it("reads anything else as lower-case words, and a DevEUI written with separators as one", () => {
    expect(indexQueryOf("  LON   gw ")).toEqual({ phrase: "lon gw", words: ["lon", "gw"], address: null });
    expect(indexQueryOf("70-B3-D5-7E-D0-05-12-34")).toEqual({ phrase: "70b3d57ed0051234", words: ["70b3d57ed0051234"], address: null });
    expect(indexQueryOf("70:b3:d5:7e:d0:05:12:34")).toEqual({ phrase: "70b3d57ed0051234", words: ["70b3d57ed0051234"], address: "70:b3:d5:7e:d0:5:12:34" });
    expect(indexQueryOf("10.0").address).toBeNull();
    expect(indexQueryOf("198.51.100.10:51820")).toEqual({ phrase: "198.51.100.10:51820", words: ["198.51.100.10:51820"], address: null });
    expect(indexQueryOf("a b c d e f g h").words).toHaveLength(6);
  });

  it("keeps every field lower-cased on its own line, with an endpoint's host and an interface address's address beside it", () => {
    const terms = searchTerms([
      ["device", "LON-GW-01"],
      ["endpoint", "198.51.100.10:51820"],
      ["endpoint", "[2001:DB8::1]:51820"],
      ["address", "10.10.0.1/32"],
      ["name", "two\nlines"],
    ]);
    expect(terms.split("\n")).toEqual(["lon-gw-01", "198.51.100.10:51820", "198.51.100.10", "[2001:db8::1]:51820", "2001:db8::1", "10.10.0.1/32", "10.10.0.1", "two lines"]);
  });
});
