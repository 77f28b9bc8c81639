// What a data-protection request can ask for and where it stands, defined once for the schema, the rules and the forms.
export const DATA_REQUEST_KINDS = ["access", "rectification", "erasure", "restriction", "objection", "other"] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

/** received → in_progress → answered | refused; the last two are terminal. */
export const DATA_REQUEST_STATUSES = ["received", "in_progress", "answered", "refused"] as const;
export type DataRequestStatus = (typeof DATA_REQUEST_STATUSES)[number];

/** Who handled a request: the learner (deleting their own account), a staff member, or the retention purge. */
export const DATA_REQUEST_FULFILLERS = ["learner", "staff", "retention"] as const;
export type DataRequestFulfiller = (typeof DATA_REQUEST_FULFILLERS)[number];

/** How the request reached us: from the signed-in account, or by email (recorded by staff). */
export const DATA_REQUEST_CHANNELS = ["account", "email"] as const;
export type DataRequestChannel = (typeof DATA_REQUEST_CHANNELS)[number];

/**
 * How staff confirmed that a request received outside the account comes from the account's holder:
 * a confirmation from the signed-in account, a reply from the account's own address, an identity
 * document seen (never kept).
 */
export const IDENTITY_METHODS = ["signed_in_account", "account_email", "document_seen"] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];

/** One step in a request's history. */
export const DATA_REQUEST_STEPS = ["recorded", "status", "identity_verified", "account_deleted"] as const;
export type DataRequestStep = (typeof DATA_REQUEST_STEPS)[number];
