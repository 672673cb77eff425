import "server-only";
import { canonicalCidr } from "@/lib/ipam/cidr";
import { z } from "zod";
import type { TIndexQuery } from "./query-search-index";

const ZAddressOrCidr = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);
// "70-b3-d5-7e-d0-05-12-34", "70:B3:D5:…": a DevEUI as some labels print it.
const SEPARATED_EUI = /^[0-9a-f]{2}([-:])[0-9a-f]{2}(\1[0-9a-f]{2}){6}$/;
/** More words than any name has: the rest add nothing but cost. */
const MAX_WORDS = 6;

/** The typed text as the index reads it: lower-case words (an address in its canonical form), and the address or CIDR itself when it is one. */
export function indexQueryOf(text: string): TIndexQuery {
  const phrase = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (SEPARATED_EUI.test(phrase)) {
    const eui = phrase.replace(/[-:]/g, "");
    // Written with colons it is an IPv6 address too.
    return { phrase: eui, words: [eui], address: ZAddressOrCidr.safeParse(phrase).success ? canonicalCidr(phrase) : null };
  }
  if (ZAddressOrCidr.safeParse(phrase).success) {
    const address = canonicalCidr(phrase);
    // An interface address ("10.10.0.1/32") is a term as typed; IPv6 is matched as written canonically.
    return { phrase, words: [phrase.includes(":") ? address : phrase], address };
  }
  return { phrase, words: [...new Set(phrase.split(" ").filter(Boolean))].slice(0, MAX_WORDS), address: null };
}
