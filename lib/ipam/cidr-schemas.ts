import { z } from "zod";
import { canonicalCidr, familyBits, type TIpFamily } from "./cidr";

const isAddress = (text: string) => z.ipv4().safeParse(text).success || z.ipv6().safeParse(text).success;
const isCidr = (text: string) => z.cidrv4().safeParse(text).success || z.cidrv6().safeParse(text).success;
/** 10.0.4.0/22 is; 10.0.5.0/22 is not (its block starts at 10.0.4.0). */
const isNetworkAddress = (cidr: string) => canonicalCidr(cidr).split("/")[0] === canonicalCidr(cidr.split("/")[0]!);

/** A block as ProVision wants it: CIDR syntax, the network address of its mask; sent in canonical form. */
export const ZCidr = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    if (!isCidr(text)) {
      ctx.addIssue({ code: "custom", message: "Enter a block in CIDR form, e.g. 10.0.4.0/24 or 2001:db8::/48" });
    } else if (!isNetworkAddress(text)) {
      ctx.addIssue({ code: "custom", message: `${text} is not the first address of its block: did you mean ${canonicalCidr(text)}?` });
    }
  })
  .transform((text) => canonicalCidr(text));

/** What the search box takes: an address or a block (a host part is allowed: 10.0.3.7/24 reads as 10.0.3.0/24). */
export const ZAddressOrCidr = z
  .string()
  .trim()
  .refine((text) => isAddress(text) || isCidr(text), "Enter an address (10.0.3.7, 2001:db8::1) or a block (10.0.3.0/24)")
  .transform((text) => canonicalCidr(text));

/** The masks a family allows: IPv4 /1–/32, IPv6 /1–/128. */
export function maskRange(family: TIpFamily): { min: number; max: number } {
  return { min: 1, max: familyBits(family) };
}
