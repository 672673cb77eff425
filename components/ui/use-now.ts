"use client";

import { useEffect, useState } from "react";

/** The current time, re-read every `everyMs` while `active`, so "N min ago" labels move on their own. */
export function useNow(everyMs: number, active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs, active]);
  return now;
}
