"use client";

import { useEffect, useState } from "react";

/** The current time, re-read every `everyMs`, so "N s ago" labels move on their own. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
