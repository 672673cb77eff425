/**
 * How often N2N's whole device list is scanned, for every reader and instance: each scan costs one
 * call per 1,000 devices against the key's daily quota, and silence is measured in hours.
 * N2N_SCAN_SECONDS (30–3600, default 300) sets it.
 */
export const N2N_DEVICE_SCAN_MS = scanIntervalMs(process.env.N2N_SCAN_SECONDS);

function scanIntervalMs(setting: string | undefined): number {
  const seconds = Number(setting);
  return setting !== undefined && Number.isFinite(seconds) && seconds >= 30 && seconds <= 3_600 ? Math.round(seconds * 1000) : 5 * 60_000;
}
