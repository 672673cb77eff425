import "server-only";
import { elapsedText } from "@/lib/attention/elapsed-text";
import { acretoEcosystemHref } from "@/lib/attention/item-hrefs";
import { acretoCustomers, type TAcretoCustomer } from "@/lib/vendors/acreto/auth";
import { listEcosystems } from "@/lib/vendors/acreto/client";
import { observeCommit } from "@/lib/vendors/acreto/operations";
import type { TAcretoEcosystem } from "@/lib/vendors/acreto/schemas";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import type { TFinding, TVendorFindings } from "./finding";

// Defaults (threshold-fields.ts): a commit "can take several minutes" for a new ecosystem (the vendor's words), so one
// still running after 30 min needs a look; changes not committed apply to nothing, and after a day are probably forgotten.

type TLimits = { commitStuckAfterMs: number; uncommittedAfterMs: number };

/** Ecosystems in error, commits running long, changes left uncommitted. One ecosystem list per customer, shared with the Acreto pages. */
export const acretoFindings: TVendorFindings<"acreto"> = async (connection, now, thresholds) => {
  const limits = { commitStuckAfterMs: thresholds.commitStuckAfterMinutes * 60_000, uncommittedAfterMs: thresholds.uncommittedAfterHours * 3_600_000 };
  const customers = await acretoCustomers(connection);
  const perCustomer = await Promise.all(
    customers.map(async (customer) => {
      const ecosystems = await listEcosystems(connection, customer.uuid);
      return (await Promise.all(ecosystems.map((ecosystem) => ecosystemFindings(connection, customer, ecosystem, now, limits)))).flat();
    }),
  );
  return perCustomer.flat();
};

async function ecosystemFindings(connection: TUpstreamConnection, customer: TAcretoCustomer, ecosystem: TAcretoEcosystem, now: number, limits: TLimits): Promise<TFinding[]> {
  const ref = { customer: customer.uuid, ecosystem: ecosystem.uuid };
  // Every status read goes to the commit tracker, so a commit that ended is closed and the next one timed from its own start.
  const job = await observeCommit(connection, ref, ecosystem.status);
  const about = {
    subject: `${customer.uuid}/${ecosystem.uuid}`,
    href: acretoEcosystemHref(connection.id, customer.uuid, ecosystem.uuid),
  };
  const where = customerNote(customer);
  if (ecosystem.status === "ecosystem_error") {
    return [{ ...about, kind: "acreto.ecosystem_error", severity: "critical", title: `Ecosystem ${ecosystem.name} is in error`, detail: `Acreto reports ecosystem_error${where}: contact Acreto support`, startedAt: null }];
  }
  if (job.running && now - job.running.startedAt > limits.commitStuckAfterMs) {
    const started = job.running.sinceKnown ? "sent" : "first seen running";
    return [
      {
        ...about,
        kind: "acreto.commit_stuck",
        severity: "warning",
        title: `Commit of ${ecosystem.name} still running`,
        detail: `${started} ${elapsedText(now - job.running.startedAt)} ago${where}; no change can be made until it ends`,
        startedAt: job.running.startedAt,
      },
    ];
  }
  if (ecosystem.status === "pending_changes") {
    return [
      {
        ...about,
        kind: "acreto.changes_uncommitted",
        severity: "warning",
        title: `Ecosystem ${ecosystem.name} has uncommitted changes`,
        detail: `changes wait for a commit${where}; they apply only once committed`,
        startedAt: null,
        showAfterMs: limits.uncommittedAfterMs,
      },
    ];
  }
  return [];
}

const customerNote = (customer: TAcretoCustomer) => (customer.name ? ` (customer ${customer.name})` : "");
