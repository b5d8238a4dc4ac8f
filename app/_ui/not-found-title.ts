/** The title of every 404, public or not. */
export const NOT_FOUND_TITLE = "Page not found";
