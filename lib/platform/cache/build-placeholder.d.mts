/** Types for build-placeholder.mjs, which the cache handler loads as plain JavaScript. */
export const BUILD_PLACEHOLDER_ATTRIBUTE: "data-build-placeholder";
export function renderingAtBuild(): boolean;
export function isBuildPlaceholder(value: unknown): boolean;
