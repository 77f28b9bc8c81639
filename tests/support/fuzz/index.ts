// Property-based fuzzing of server actions and route handlers: hostile form values and requests, a
// fingerprint of every table, and the checks every answer to bad input must pass. Test files import
// from this folder ("../../support/fuzz"); each file below holds one concern.
export * from "./catalogue";
export * from "./forms";
export * from "./hostile-input";
export * from "./http";
export * from "./outcomes";
export * from "./property";
export * from "./requests";
export * from "./write-counters";
