// A real SMTP server that counts deliveries: by the job id each email carries (X-Vigie-Job-Id) and by
// recipient. It acknowledges each message only after `ackDelayMs`, so an email job is still running
// when an instance is killed; a message whose sender disappeared before the acknowledgement is not
// counted (SMTP hands responsibility over with the 250 reply, RFC 5321 §6.1), as a real server would.
import { SMTPServer } from "smtp-server";

export interface Delivery {
  jobId: string;
  to: string;
  subject: string;
}

export interface SmtpSink {
  deliveries: Delivery[];
  /** Messages received whose sender left before the acknowledgement (not delivered). */
  abandoned: number;
  byJobId: () => Map<string, number>;
  byRecipient: () => Map<string, number>;
  close: () => Promise<void>;
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
  return new RegExp(`^${name}:\\s*(.+)$`, "im").exec(head)?.[1]?.trim() ?? "";
}

const countBy = (items: Delivery[], key: (d: Delivery) => string) => {
  const counts = new Map<string, number>();
  for (const d of items) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return counts;
};

export async function startSmtpSink(port: number, ackDelayMs: number): Promise<SmtpSink> {
  const closed = new Set<string>();
  const sink: SmtpSink = {
    deliveries: [],
    abandoned: 0,
    byJobId: () => countBy(sink.deliveries, (d) => d.jobId),
    byRecipient: () => countBy(sink.deliveries, (d) => d.to.toLowerCase()),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        setTimeout(() => {
          if (closed.has(session.id)) {
            sink.abandoned += 1;
            return callback(new Error("sender gone"));
          }
          const to = header(raw, "To").replace(/^.*<([^>]+)>.*$/, "$1");
          sink.deliveries.push({ jobId: header(raw, "X-Vigie-Job-Id"), to, subject: header(raw, "Subject") });
          callback();
        }, ackDelayMs);
      });
    },
  });
  server.on("error", (error) => console.error(`[scale] SMTP sink: ${error.message}`));
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return sink;
}
