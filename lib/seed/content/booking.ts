import { BODY_AREA_LABELS, BODY_AREAS } from "@/lib/routines/taxonomy";

const hour = (h: number) => h * 60;

/** Weekday mornings and afternoons in the coach's zone, and the two questions she always asks. */
export const bookingSeed = {
  // Each consultation gets its own Jitsi Meet room (the default video host): nothing to set up.
  locationKind: "video-room" as const,
  location: "",
  rules: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, startMinute: hour(9), endMinute: hour(12) },
    { weekday, startMinute: hour(14), endMinute: hour(17) },
  ]),
  questions: [
    { label: "What brings you here?", kind: "long_text" as const, options: [], required: true },
    {
      label: "Where in your body do you feel tension most?",
      kind: "single_choice" as const,
      options: [...BODY_AREAS.map((area) => BODY_AREA_LABELS[area]), "Everywhere / not sure"],
      required: false,
    },
  ],
};
