export * from "./site";
export * from "./routines";
export * from "./courses";
export * from "./auth";
export * from "./email";
export * from "./rate-limits";
export * from "./check-ins";
export * from "./booking";
