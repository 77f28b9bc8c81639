export * from "./users";
export * from "./policies";
export * from "./learning";
export * from "./certificates";
export * from "./privacy";
export * from "./system";
export * from "./resume";
export * from "./staff";
