/** The routine the home page leads with (the coach's article starts with it). */
export const FIRST_ROUTINE = "tennis-ball-foot-release";
