import { PORTRAIT } from "./illustrations";

export const coachSeed = {
  name: "Mira Holloway",
  headline: "Movement and somatic coach",
  shortBio:
    "I help people with sore backs, tight necks and busy nervous systems find ease through small, patient movements they can do at home.",
  longBio: [
    "For more than a decade I have worked with people who sit too long, sleep too little and carry more than their share. Most of them come to me for a sore back or stiff hamstrings. Many discover that the body and the stress they live with are one conversation.",
    "My work joins simple mobility routines with somatic practice: noticing what you feel, moving slowly, and letting the nervous system settle before asking it for more. Nothing here needs a gym, and nothing should hurt.",
    "I am a coach, not a doctor or a therapist. If something is wrong, please see one. If you want a guide for the everyday work of feeling better in your body, I would be glad to walk beside you.",
  ].join("\n\n"),
  timezone: "Europe/Berlin",
  contactEmail: "coach@example.com",
  portraitKey: PORTRAIT.key,
  portraitAlt: "A drawing of Mira smiling, her hair in a bun, in a green jumper.",
} as const;
