/** The bookings pages' small pill button: 44 px tall, for a thumb. */
export const smallButton = "inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm hover:bg-sand";
