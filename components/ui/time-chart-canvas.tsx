"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import uPlot from "uplot";
// A CSS file of the chunk (a <link> from our origin), not an inline <style>: the CSP allows it.
import "uplot/dist/uPlot.min.css";
import type { TTimeChartData } from "./time-chart-data";
import { timeChartOptions } from "./time-chart-options";

/** Whether <html> has next-themes' `dark` class: the same switch the page's CSS follows. */
function subscribeToTheme(onChange: () => void) {
  const watcher = new MutationObserver(onChange);
  watcher.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => watcher.disconnect();
}
const isDark = () => document.documentElement.classList.contains("dark");

type TProps = { data: TTimeChartData; label: string; unit: string | null; height: number; onCursor: (index: number | null) => void };

/**
 * The uPlot canvas of a time chart (time-chart.tsx): as wide as its container,
 * redrawn in the theme's colours when the theme changes, given new data without being rebuilt.
 */
export function TimeChartCanvas({ data, label, unit, height, onCursor }: TProps) {
  const box = useRef<HTMLDivElement>(null);
  const target = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const latest = useRef({ data, onCursor });
  const dark = useSyncExternalStore(subscribeToTheme, isDark, () => false);

  useEffect(() => {
    latest.current = { data, onCursor };
  });

  useEffect(() => {
    const element = box.current!;
    const built = new uPlot(
      timeChartOptions({ width: element.clientWidth, height, label, unit, dark, onCursor: (index) => latest.current.onCursor(index) }),
      latest.current.data,
      target.current!,
    );
    chart.current = built;
    const resize = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry?.contentRect.width ?? 0);
      if (width > 0 && width !== built.width) built.setSize({ width, height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      built.destroy();
      chart.current = null;
      latest.current.onCursor(null);
    };
  }, [height, label, unit, dark]);

  useEffect(() => {
    if (chart.current && chart.current.data !== data) chart.current.setData(data);
  }, [data]);

  // The canvas sits out of the flow, so its pixel width never holds the card wider than the page allows.
  return (
    <div ref={box} className="relative h-full w-full overflow-hidden">
      <div ref={target} className="absolute inset-0" />
    </div>
  );
}
