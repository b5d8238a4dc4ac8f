/**
 * The fixed vocabularies routines are described with. The database enforces the same lists with
 * check constraints (see db/schema/routines.ts), so a typo can never reach a published page.
 */

export const BODY_AREAS = [
  "feet",
  "calves",
  "hamstrings",
  "hips",
  "lower-back",
  "upper-back",
  "shoulders",
  "neck",
  "jaw",
  "chest-breath",
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  feet: "Feet",
  calves: "Calves",
  hamstrings: "Hamstrings",
  hips: "Hips",
  "lower-back": "Lower back",
  "upper-back": "Upper back",
  shoulders: "Shoulders",
  neck: "Neck",
  jaw: "Jaw",
  "chest-breath": "Chest and breath",
};

export const EQUIPMENT = ["tennis-balls", "wall", "chair", "towel", "mat", "cushion"] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  "tennis-balls": "Two tennis balls",
  wall: "A wall",
  chair: "A chair",
  towel: "A towel",
  mat: "A mat or rug",
  cushion: "A cushion",
};

export const DIFFICULTIES = ["gentle", "steady", "deeper"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const SIDES = ["both", "left", "right"] as const;
export type Side = (typeof SIDES)[number];

export const PUBLICATION_STATUSES = ["draft", "published"] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
