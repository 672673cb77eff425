import { expect, test } from "vitest";
import { urlParts } from "./url-parts";

test("cuts after each slash that ends a part, never between the two of https://", () => {
  expect(urlParts("https://ipam.example.com/ex/api/v1/api.php")).toEqual(["https://", "ipam.example.com/", "ex/", "api/", "v1/", "api.php"]);
  expect(urlParts("https://api.megaport.com")).toEqual(["https://", "api.megaport.com"]);
});

test("keeps every character, so the parts join back into the URL", () => {
  for (const url of ["http://127.0.0.1:4010/nettica/", "https://h/a//b?x=/y", "", "no-slashes"]) expect(urlParts(url).join("")).toBe(url);
});
