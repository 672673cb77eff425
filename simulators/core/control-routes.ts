import { z } from "zod";
import { ZFaultSettings, ZQueuedFault } from "./faults";
import { CONTROL_PREFIX, type TSimKit } from "./sim-app";

const ZClockChange = z.object({ advanceMs: z.number().int() });

/**
 * The control API every simulator shares, for tests that run it in another process:
 * GET/DELETE /_sim/stats, GET/POST/DELETE /_sim/faults, POST /_sim/faults/next,
 * GET/POST /_sim/clock, POST /_sim/reset.
 */
export function registerControlRoutes(kit: TSimKit): void {
  const { app } = kit;
  const at = (path: string) => `${CONTROL_PREFIX}${path}`;

  app.get(at("/stats"), (c) => c.json(kit.stats.snapshot()));
  app.delete(at("/stats"), (c) => {
    kit.stats.reset();
    return c.body(null, 204);
  });

  app.get(at("/faults"), (c) => c.json({ settings: kit.faults.settings(), queued: kit.faults.queued() }));
  app.post(at("/faults"), async (c) => {
    const parsed = ZFaultSettings.partial().safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return c.json({ settings: kit.faults.configure(parsed.data), queued: kit.faults.queued() });
  });
  app.post(at("/faults/next"), async (c) => {
    const parsed = ZQueuedFault.safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    kit.faults.enqueue(parsed.data);
    return c.json({ settings: kit.faults.settings(), queued: kit.faults.queued() });
  });
  app.delete(at("/faults"), (c) => {
    kit.faults.clear();
    return c.body(null, 204);
  });

  app.get(at("/clock"), (c) => clockView(kit, c.json.bind(c)));
  app.post(at("/clock"), async (c) => {
    const parsed = ZClockChange.safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    kit.clock.advance(parsed.data.advanceMs);
    return clockView(kit, c.json.bind(c));
  });

  app.post(at("/reset"), (c) => {
    kit.reset();
    return c.body(null, 204);
  });
}

function clockView(kit: TSimKit, json: (body: unknown) => Response): Response {
  const now = kit.clock.now();
  return json({ now, iso: new Date(now).toISOString(), offsetMs: kit.clock.offsetMs() });
}

/** A control body that is missing or not JSON reads as {}. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}
