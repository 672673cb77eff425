import "server-only";
import { logger } from "../log";
import { runMonitorOnce } from "./run-monitor-once";

type TLoop = { stop: () => void };
// One loop per process, even when Next.js loads this module in several bundles.
const holder = globalThis as { __patchbayMonitorLoop?: TLoop };
const FIRST_PASS_DELAY_MS = 5_000;

/**
 * Runs the scheduled pass (the Nettica monitor and every vendor's attention alerts) every `intervalMs`, the next one only after the last has finished (so
 * passes never overlap here). The timer does not keep the process alive.
 */
export function startMonitorLoop(intervalMs: number): TLoop {
  if (holder.__patchbayMonitorLoop) return holder.__patchbayMonitorLoop;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(tick, delayMs);
    timer.unref();
  };
  const tick = async () => {
    try {
      const pass = await runMonitorOnce();
      for (const check of pass.checks) if (check.error) logger.warn({ connection: check.connection, error: check.error }, "Nettica connection not checked");
      for (const check of pass.attention) if (check.state === "late") logger.warn({ connection: check.connection, vendor: check.vendor }, "attention not judged in this pass: no answer in time");
    } catch (error) {
      logger.error({ err: error }, "monitor pass failed");
    }
    schedule(intervalMs);
  };
  const loop: TLoop = {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      if (holder.__patchbayMonitorLoop === loop) holder.__patchbayMonitorLoop = undefined;
    },
  };
  holder.__patchbayMonitorLoop = loop;
  schedule(Math.min(FIRST_PASS_DELAY_MS, intervalMs));
  return loop;
}
