import { QRCodeSVG } from "qrcode.react";
import type { TAcretoOtpEnrollmentView } from "@/lib/vendors/acreto/schemas";
import { CopyButton } from "@/components/ui/copy-button";

/** The QR code twice (Acreto's PNG and one drawn here from the otpauth:// URL), and the secret for typing in by hand. */
export function OtpQrCodes({ enrollment }: { enrollment: TAcretoOtpEnrollmentView }) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-6">
        <figure className="space-y-2">
          {/* White behind both codes in dark mode too: scanners need the light quiet zone. */}
          <div className="inline-block rounded-md bg-white p-2 ring-1 ring-zinc-200 dark:ring-zinc-700">
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL from the vendor; next/image has nothing to optimise. */}
            <img src={`data:image/png;base64,${enrollment.barcode}`} alt={`QR code from Acreto for ${enrollment.username}`} width={200} height={200} data-testid="vendor-qr" />
          </div>
          <figcaption className="text-xs text-zinc-500 dark:text-zinc-400">Acreto&apos;s QR code</figcaption>
        </figure>
        <figure className="space-y-2">
          <div className="inline-block rounded-md bg-white p-2 ring-1 ring-zinc-200 dark:ring-zinc-700">
            <QRCodeSVG value={enrollment.url} size={200} level="M" marginSize={2} bgColor="#ffffff" fgColor="#000000" title={`QR code for ${enrollment.username}, drawn by Patchbay`} data-testid="patchbay-qr" role="img" aria-label={`QR code for ${enrollment.username}, drawn by Patchbay`} />
          </div>
          <figcaption className="text-xs text-zinc-500 dark:text-zinc-400">The same code, drawn sharp by Patchbay</figcaption>
        </figure>
      </div>
      <div className="space-y-1">
        <p className="text-sm font-medium text-zinc-700 dark:text-zinc-300" id="otp-secret-label">
          Secret, for typing into the app by hand
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <code className="rounded bg-zinc-100 px-2 py-1 font-mono text-sm tracking-wider break-all dark:bg-zinc-800" data-testid="otp-secret">
            {enrollment.secret}
          </code>
          <CopyButton text={enrollment.secret} label="secret" />
        </div>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">TOTP, SHA-1, 6 digits, every 30 seconds; issuer Acreto.</p>
      </div>
    </div>
  );
}
