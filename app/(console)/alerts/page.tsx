import type { Metadata } from "next";
import { AlertHistory } from "@/components/alerts/alert-history";
import { ChannelsManager } from "@/components/alerts/channels-manager";
import { MonitorStatus } from "@/components/alerts/monitor-status";
import { MutesList } from "@/components/alerts/mutes-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { hasRole } from "@/lib/roles";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const user = await requirePageUser("viewer", "/alerts");
  return (
    <>
      <PageHeader
        title="Alerts"
        description="An alert when something on any connection comes to need attention (what the overview lists) and when it is clear again; for Nettica, when a VPN with an endpoint has not checked in for more than 5 minutes and when it is back. Each change is sent once."
      />
      <div className="space-y-8">
        <MonitorStatus />
        {hasRole(user.role, "admin") && (
          <section aria-labelledby="channels-heading" className="space-y-3">
            <h2 id="channels-heading" className="text-base font-semibold">
              Channels
            </h2>
            <ChannelsManager />
          </section>
        )}
        <section aria-labelledby="mutes-heading" className="space-y-3">
          <h2 id="mutes-heading" className="text-base font-semibold">
            Muted rules
          </h2>
          <MutesList canEnd={hasRole(user.role, "operator")} />
        </section>
        <section aria-labelledby="history-heading" className="space-y-3">
          <h2 id="history-heading" className="text-base font-semibold">
            History
          </h2>
          <AlertHistory canSendAgain={hasRole(user.role, "operator")} />
        </section>
      </div>
    </>
  );
}
