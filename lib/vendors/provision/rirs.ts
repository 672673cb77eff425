// Without zod (schemas.ts re-exports it): the browser lists the RIRs too.

/** The registries ProVision files a block under; 1918 is private (RFC 1918) space. */
export const PROVISION_RIRS = ["ARIN", "RIPE", "APNIC", "AfriNIC", "LACNIC", "1918"] as const;
