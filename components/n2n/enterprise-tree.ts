/** Every enterprise id seen and each level above it (nnn.agrinet.farm-north → nnn, nnn.agrinet), sorted as a tree. */
export function enterpriseTree(enterpriseIds: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const id of enterpriseIds) {
    const levels = id.split(".");
    for (let n = 1; n <= levels.length; n += 1) all.add(levels.slice(0, n).join("."));
  }
  return [...all].sort();
}
