import type { ReactNode } from "react";
import { OtpRelayProvider } from "@/components/vendor-mfa/otp-relay-provider";

// Any Acreto call may meet the one-time-code challenge: every Acreto page can ask the admin for a code.
export default function AcretoLayout({ children }: { children: ReactNode }) {
  return <OtpRelayProvider>{children}</OtpRelayProvider>;
}
