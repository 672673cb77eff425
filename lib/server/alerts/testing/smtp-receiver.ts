// Test helpers, for vitest and for the Playwright specs (no "server-only": Playwright runs in plain Node).
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A mail as the test's SMTP server received it. */
export type TReceivedMail = { from: string; to: string[]; subject: string; messageId: string; text: string; raw: string };
export type TSmtpReceiver = { port: number; mails: TReceivedMail[]; close(): Promise<void> };

/** A real SMTP server on 127.0.0.1 and a free port that accepts one user and keeps every mail. */
export async function startSmtpReceiver(login: { user: string; password: string }): Promise<TSmtpReceiver> {
  const mails: TReceivedMail[] = [];
  const server = new SMTPServer({
    authMethods: ["PLAIN", "LOGIN"],
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === login.user && auth.password === login.password) return callback(null, { user: auth.username });
      return callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        // Read as a mail client would: encoded words and quoted-printable decoded (mailparser).
        simpleParser(raw).then(
          (parsed) => {
            mails.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: parsed.subject ?? "",
              messageId: parsed.messageId ?? "",
              text: (parsed.text ?? "").trim(),
              raw,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
