/** What reading the vendor back showed after a change's answer was lost (the server's runChange). */
export type TChangeOutcome = {
  state: "done" | "not_done" | "unknown";
  /** A clause in the admin's words: "10.0.3.0/24 is assigned to Soylent Networks (#840)". */
  found: string;
};

/** As the console receives it: also what was sent, and the loss to name when sending it again. */
export type TChangeOutcomeReport = TChangeOutcome & { what: string; lostAt: number };

/** One question to the admin: send this change again, having seen what the vendor shows? */
export type TResendQuestion = { outcome: TChangeOutcomeReport; message: string; /** Refused as held back (409), not just lost now. */ held: boolean };

type TAsk = (question: TResendQuestion) => Promise<boolean>;
let ask: TAsk | null = null;

/** The console's shell answers these questions with a dialog; without one, nothing is sent again. */
export function answerResendQuestions(handler: TAsk | null): void {
  ask = handler;
}

export function askToResend(question: TResendQuestion): Promise<boolean> {
  return ask ? ask(question) : Promise.resolve(false);
}
