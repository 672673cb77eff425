/**
 * Idle timeout support in the browser: a console API call made after a quiet minute (no key,
 * pointer, wheel or touch input) is marked as background, so auto-refreshing pages do not keep
 * an unattended session alive. Unmarked requests (pages, changes, anything the person started)
 * count as activity — a forged mark can only end a session sooner.
 */
export const BACKGROUND_HEADER = "x-patchbay-background";
export const QUIET_AFTER_MS = 60_000;

const INPUT_EVENTS = ["pointerdown", "keydown", "wheel", "touchstart"] as const;
let lastInput = Date.now();

if (typeof window !== "undefined") {
  const note = () => {
    lastInput = Date.now();
  };
  for (const type of INPUT_EVENTS) window.addEventListener(type, note, { capture: true, passive: true });
}

/** True when nobody has touched this page for a minute (the page load counts as a touch). */
export function isBackgroundRequest(now = Date.now()): boolean {
  return now - lastInput > QUIET_AFTER_MS;
}
