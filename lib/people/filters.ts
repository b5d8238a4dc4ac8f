/** The ways the coach narrows the people list: what someone does here. */
export const PEOPLE_FILTERS = ["reader", "learner", "booked", "bought", "suppressed"] as const;
export type PeopleFilter = (typeof PEOPLE_FILTERS)[number];
