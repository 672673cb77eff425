import type { ReactNode } from "react";
import { OtpRelayProvider } from "@/components/vendor-mfa/otp-relay-provider";

// A password sign-in to Megaport may ask for a one-time password: every Megaport page can ask the admin for it.
export default function MegaportLayout({ children }: { children: ReactNode }) {
  return <OtpRelayProvider>{children}</OtpRelayProvider>;
}
