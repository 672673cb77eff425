/** Percentile of a list of milliseconds. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export type TBenchResult = { name: string; value: number; unit: string; target: string; ok: boolean };

export function report(results: TBenchResult[]): boolean {
  for (const r of results) {
    console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name}: ${r.value.toFixed(r.unit === "calls" ? 0 : 1)} ${r.unit} (target ${r.target})`);
  }
  return results.every((r) => r.ok);
}
