import { describe, expect, it } from "vitest";
import { redactAddresses } from "@/lib/jobs/status";

describe("redactAddresses", () => {
  it("removes the recipient an SMTP error quotes, keeps the reason", () => {
    expect(redactAddresses("550 5.1.1 <zoe.martin@example.org>: Recipient address rejected")).toBe(
      "550 5.1.1 <[address]>: Recipient address rejected",
    );
    expect(redactAddresses("Can't send mail - all recipients were rejected: a@b.fr, c@d.org")).toBe(
      "Can't send mail - all recipients were rejected: [address], [address]",
    );
  });
});
