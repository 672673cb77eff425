import "server-only";
import { Client, type Pool } from "pg";
import { log } from "../log";

export type TSignals = {
  /** Sends `payload` to every instance's subscribers (this one's included, at once). */
  publish(payload: string): Promise<void>;
  subscribe(handler: (payload: string) => void): () => void;
  close(): Promise<void>;
};

const CHANNEL = "patchbay_signals";
const RECONNECT_MS = 1_000;

/** One process: subscribers are simply called. */
export function localSignals(): TSignals {
  const handlers = new Set<(payload: string) => void>();
  return {
    publish: async (payload) => {
      for (const handler of handlers) handler(payload);
    },
    subscribe: (handler) => {
      handlers.add(handler);
      return () => void handlers.delete(handler);
    },
    close: async () => handlers.clear(),
  };
}

/**
 * Several instances on one Postgres: a payload goes out with NOTIFY on the pool and comes in on
 * one LISTEN connection per instance, opened at the first subscription and opened again after
 * the server drops it (a notice sent meanwhile is lost, so what relies on one must also expire).
 * An instance skips its own notices: its subscribers were called when it published.
 */
export function postgresSignals(connectionString: string, pool: Pool, instanceId: string): TSignals {
  const handlers = new Set<(payload: string) => void>();
  let listener: Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  const prefix = `${instanceId} `;

  const listen = async () => {
    if (closed || listener) return;
    const client = new Client({ connectionString });
    listener = client;
    const reconnect = (error?: Error) => {
      if (listener !== client) return;
      listener = undefined;
      client.end().catch(() => undefined);
      if (closed) return;
      if (error) log.warn({ err: error }, "the database's signal connection ended; listening again");
      retry = setTimeout(() => void listen(), RECONNECT_MS);
      retry.unref();
    };
    client.on("error", reconnect);
    client.on("end", () => reconnect());
    client.on("notification", (message) => {
      const text = message.payload ?? "";
      if (message.channel !== CHANNEL || text.startsWith(prefix)) return;
      const payload = text.slice(text.indexOf(" ") + 1);
      for (const handler of handlers) handler(payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch (error) {
      reconnect(error as Error);
    }
  };

  return {
    publish: async (payload) => {
      for (const handler of handlers) handler(payload);
      await pool.query("select pg_notify($1, $2)", [CHANNEL, prefix + payload]);
    },
    subscribe: (handler) => {
      handlers.add(handler);
      void listen();
      return () => void handlers.delete(handler);
    },
    close: async () => {
      closed = true;
      clearTimeout(retry);
      handlers.clear();
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => undefined);
    },
  };
}
