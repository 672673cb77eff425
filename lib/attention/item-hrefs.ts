// The console pages an attention item links to, each with ?connection=<id> so the right connection opens.
import { VENDOR_INFO, type TVendor } from "@/lib/vendors/vendor-info";

const connectionQuery = (connectionId: string) => `?connection=${encodeURIComponent(connectionId)}`;

/** A vendor's own page (its list, with the connection's unreadable-records notice). */
export const vendorPageHref = (vendor: TVendor, connectionId: string) => `${VENDOR_INFO[vendor].href}${connectionQuery(connectionId)}`;

export const netticaDeviceHref = (connectionId: string, deviceId: string) => `/nettica/devices/${encodeURIComponent(deviceId)}${connectionQuery(connectionId)}`;

export const acretoEcosystemHref = (connectionId: string, customer: string, ecosystem: string) =>
  `/acreto/${encodeURIComponent(customer)}/${encodeURIComponent(ecosystem)}${connectionQuery(connectionId)}`;

export const n2nDeviceHref = (connectionId: string, deviceId: string) => `/n2n/devices/${encodeURIComponent(deviceId)}${connectionQuery(connectionId)}`;

/** A port, MCR or MVE, or a VXC or IX by its own uid: the service page opens each. */
export const megaportServiceHref = (connectionId: string, uid: string) => `/megaport/services/${encodeURIComponent(uid)}${connectionQuery(connectionId)}`;

/** The IPAM page with one block's details open (its aggregate expanded in the tree). */
export const ipamBlockHref = (connectionId: string, blockId: number) => `/ipam${connectionQuery(connectionId)}&block=${blockId}`;
