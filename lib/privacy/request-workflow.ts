// The DPO queue's rules (pure): which status may follow which, what each step needs, and who must be
// sure of the requester's identity before an answer goes out.
import type { DataRequestChannel, DataRequestKind, DataRequestStatus } from "./request-vocabulary";

export const TERMINAL_STATUSES = ["answered", "refused"] as const satisfies readonly DataRequestStatus[];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

export const isTerminal = (s: DataRequestStatus): s is TerminalStatus =>
  (TERMINAL_STATUSES as readonly string[]).includes(s);

/** A refusal must say why (GDPR art. 12(4)); a short word is not a reason. */
export const REFUSAL_REASON_MIN = 20;
export const NOTE_MAX = 2000;

const NEXT: Record<DataRequestStatus, readonly DataRequestStatus[]> = {
  received: ["in_progress", "answered", "refused"],
  in_progress: ["answered", "refused"],
  answered: [],
  refused: [],
};

export function nextStatuses(from: DataRequestStatus): readonly DataRequestStatus[] {
  return NEXT[from];
}

/**
 * Access and erasure hand over or destroy a person's data: when the request did not come from the
 * signed-in account (an email anyone could have written), staff first record how they verified the
 * requester's identity (GDPR art. 12(6)).
 */
export function needsIdentityCheck(request: { kind: DataRequestKind; channel: DataRequestChannel }): boolean {
  return request.channel !== "account" && (request.kind === "access" || request.kind === "erasure");
}

export interface TransitionInput {
  from: DataRequestStatus;
  to: DataRequestStatus;
  kind: DataRequestKind;
  channel: DataRequestChannel;
  identityVerified: boolean;
  /** The answer's note to the learner, or the refusal's reason (trimmed by the caller's schema). */
  note: string;
}

export type TransitionError = "statusNotAllowed" | "refusalReasonRequired" | "noteTooLong" | "identityNotVerified";

/** Null when the step may be taken; otherwise the field at fault and why. */
export function checkTransition(input: TransitionInput): { field: "status" | "note"; error: TransitionError } | null {
  if (!NEXT[input.from].includes(input.to)) return { field: "status", error: "statusNotAllowed" };
  if (input.note.length > NOTE_MAX) return { field: "note", error: "noteTooLong" };
  if (input.to === "refused" && input.note.length < REFUSAL_REASON_MIN)
    return { field: "note", error: "refusalReasonRequired" };
  if (input.to === "answered" && needsIdentityCheck(input) && !input.identityVerified)
    return { field: "status", error: "identityNotVerified" };
  return null;
}
