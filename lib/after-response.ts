// Runs slow side work (sending email) after the response is sent, so answers take the same time
// whatever the account state; outside a request (scripts, tests) the work simply runs now.
import { after } from "next/server";

export async function afterResponse(task: () => Promise<void>): Promise<void> {
  try {
    after(task);
  } catch {
    await task();
  }
}
