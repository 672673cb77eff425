// Without zod (schemas.ts re-exports them): the browser checks device ids and lists the classes too.

/** A LoRaWAN device's DevEUI: 16 hex characters, which N2N writes upper-case. */
export const N2N_DEV_EUI = /^[0-9a-fA-F]{16}$/;
/** A non-LoRaWAN (ingested) device: the first 5 hex of md5(enterpriseId), a dash, 3–16 letters or digits; N2N lower-cases it. */
export const N2N_INGESTED_ID = /^[0-9a-fA-F]{5}-[a-zA-Z0-9]{3,16}$/;
export const isN2nIngestedId = (deviceId: string) => N2N_INGESTED_ID.test(deviceId);

/** Either of N2N's device id forms; only these name a device page or a device call. */
export const isN2nDeviceId = (id: string) => N2N_DEV_EUI.test(id) || isN2nIngestedId(id);

/** A device id as N2N writes it: a DevEUI upper-case, an ingested id lower-case, anything else untouched. */
export const n2nDeviceIdOf = (id: string) => (N2N_DEV_EUI.test(id) ? id.toUpperCase() : isN2nIngestedId(id) ? id.toLowerCase() : id);

/** The LoRaWAN classes N2N enrols through its API (not B). */
export const N2N_DEVICE_CLASSES = ["A", "C"] as const;
