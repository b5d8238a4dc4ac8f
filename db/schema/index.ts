export * from "./site";
export * from "./routines";
export * from "./courses";
