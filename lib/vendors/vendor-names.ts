// Each vendor's name, area and page: all the sidebar needs (the settings in vendor-info.ts stay out of its bundle).

/** The five vendors, in the order the sidebar shows them. */
export const VENDORS = ["nettica", "acreto", "provision", "n2n", "megaport"] as const;
export type TVendor = (typeof VENDORS)[number];

export type TVendorName = { label: string; area: string; href: string };

export const VENDOR_NAMES: Record<TVendor, TVendorName> = {
  nettica: { label: "Nettica", area: "VPN devices", href: "/nettica" },
  acreto: { label: "Acreto", area: "IoT ecosystems", href: "/acreto" },
  provision: { label: "6connect ProVision", area: "IPAM", href: "/ipam" },
  n2n: { label: "N2N DL", area: "LoRaWAN devices", href: "/n2n" },
  megaport: { label: "Megaport", area: "Interconnect services", href: "/megaport" },
};
