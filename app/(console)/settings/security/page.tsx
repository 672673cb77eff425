import type { Metadata } from "next";
import { SecurityView } from "@/components/security/security-view";
import { PageHeader } from "@/components/ui/page-header";
import { sessionState } from "@/lib/server/auth/current-user";
import { SECURITY_PAGE, requirePageUser } from "@/lib/server/auth/require-page-user";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const user = await requirePageUser("viewer", SECURITY_PAGE, { allowMfaEnrolment: true });
  const mustEnrol = (await sessionState())?.mfaEnrolmentRequired ?? false;
  return (
    <>
      <PageHeader title="Security" description={`Two-factor authentication, password and sessions of ${user.email}.`} />
      <SecurityView email={user.email} mustEnrol={mustEnrol} />
    </>
  );
}
