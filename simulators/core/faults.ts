import { z } from "zod";
import { createRandom, type TRandom } from "../random";

/**
 * What an injected fault does: answer 5xx, keep the request unanswered, or drop the connection —
 * all before the vendor acts; or act and then lose the reply (drop the connection) or send it
 * `hangMs` late, as a proxy that loses or delays the vendor's answer would (queued faults only).
 */
export const ZFaultKind = z.enum(["error", "timeout", "drop", "lose-reply", "late-reply"]);
export type TFaultKind = z.infer<typeof ZFaultKind>;

export const ZFaultSettings = z.object({
  /** Added to every answer. */
  latencyMs: z.number().int().min(0).default(0),
  /** Probability (0–1) that a request gets a 5xx, a timeout, or a dropped connection. */
  errorRate: z.number().min(0).max(1).default(0),
  timeoutRate: z.number().min(0).max(1).default(0),
  dropRate: z.number().min(0).max(1).default(0),
  errorStatus: z.number().int().min(500).max(599).default(503),
  /** How long a "timeout" leaves the request unanswered before a late 504. */
  hangMs: z.number().int().min(0).default(30_000),
  /** Only requests whose path (inside the simulator) starts with this get rate faults. */
  pathPrefix: z.string().optional(),
});
export type TFaultSettings = z.infer<typeof ZFaultSettings>;
export type TFaultSettingsInput = z.input<typeof ZFaultSettings>;

/** One queued fault: the next `count` matching requests fail this way. */
export const ZQueuedFault = z.object({
  kind: ZFaultKind,
  count: z.number().int().min(1).default(1),
  status: z.number().int().min(500).max(599).optional(),
  pathPrefix: z.string().optional(),
  /** Only requests of this method (a change, not the reads around it). */
  method: z.string().toUpperCase().optional(),
  /** Only requests whose query has these values (ProVision's changes are GETs named by `action`). */
  query: z.record(z.string(), z.string()).optional(),
});

/** The request a fault is drawn for. */
export type TFaultTarget = { path: string; method?: string; query?: URLSearchParams };
export type TQueuedFault = z.infer<typeof ZQueuedFault>;
export type TQueuedFaultInput = z.input<typeof ZQueuedFault>;

export type TDrawnFault = { kind: TFaultKind; status: number };

export type TFaultStore = {
  settings(): TFaultSettings;
  queued(): TQueuedFault[];
  configure(input: TFaultSettingsInput): TFaultSettings;
  enqueue(input: TQueuedFaultInput): void;
  /** Decides the fate of one request: a queued fault first, then the rates. */
  draw(target: string | TFaultTarget): TDrawnFault | null;
  clear(): void;
  reset(): void;
};

export function createFaultStore(initial: TFaultSettingsInput = {}, seed: string | number = "faults"): TFaultStore {
  let settings = ZFaultSettings.parse(initial);
  let queue: TQueuedFault[] = [];
  let random: TRandom = createRandom(seed);
  const matches = (path: string, prefix: string | undefined) => !prefix || path.startsWith(prefix);

  return {
    settings: () => settings,
    queued: () => queue.map((fault) => ({ ...fault })),
    configure: (input) => {
      settings = ZFaultSettings.parse({ ...settings, ...input });
      return settings;
    },
    enqueue: (input) => {
      queue.push(ZQueuedFault.parse(input));
    },
    draw: (target) => {
      const { path, method, query } = typeof target === "string" ? { path: target } : target;
      const queuedIndex = queue.findIndex(
        (fault) =>
          matches(path, fault.pathPrefix) &&
          (fault.method === undefined || fault.method === method) &&
          Object.entries(fault.query ?? {}).every(([name, value]) => query?.get(name) === value),
      );
      if (queuedIndex >= 0) {
        const fault = queue[queuedIndex];
        fault.count -= 1;
        if (fault.count <= 0) queue.splice(queuedIndex, 1);
        return { kind: fault.kind, status: fault.status ?? settings.errorStatus };
      }
      if (!matches(path, settings.pathPrefix)) return null;
      const roll = random.next();
      if (roll < settings.errorRate) return { kind: "error", status: settings.errorStatus };
      if (roll < settings.errorRate + settings.timeoutRate) return { kind: "timeout", status: 504 };
      if (roll < settings.errorRate + settings.timeoutRate + settings.dropRate) return { kind: "drop", status: 0 };
      return null;
    },
    clear: () => {
      settings = ZFaultSettings.parse({});
      queue = [];
    },
    reset: () => {
      settings = ZFaultSettings.parse(initial);
      queue = [];
      random = createRandom(seed);
    },
  };
}
