// What a data-protection request can ask for and where it stands, defined once for the schema, the rules and the forms.
export const DATA_REQUEST_KINDS = ["access", "rectification", "erasure", "restriction", "objection", "other"] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];

export const DATA_REQUEST_STATUSES = ["received", "in_progress", "closed"] as const;
export type DataRequestStatus = (typeof DATA_REQUEST_STATUSES)[number];

/** Who handled a request: the learner (deleting their own account), a staff member, or the retention purge. */
export const DATA_REQUEST_FULFILLERS = ["learner", "staff", "retention"] as const;
export type DataRequestFulfiller = (typeof DATA_REQUEST_FULFILLERS)[number];
