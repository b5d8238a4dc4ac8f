/**
 * The fixed vocabularies routines are described with, and their labels. The lists themselves live
 * with the schema (db/schema/taxonomy.ts), whose check constraints enforce them, so a typo can
 * never reach a published page.
 */
import { BODY_AREAS, DIFFICULTIES, EQUIPMENT, PUBLICATION_STATUSES, SIDES } from "@/db/schema/taxonomy";

export { BODY_AREAS, DIFFICULTIES, EQUIPMENT, PUBLICATION_STATUSES, SIDES };

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

export type Equipment = (typeof EQUIPMENT)[number];

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  "tennis-balls": "Two tennis balls",
  wall: "A wall",
  chair: "A chair",
  towel: "A towel",
  mat: "A mat or rug",
  cushion: "A cushion",
};

export type Difficulty = (typeof DIFFICULTIES)[number];

export type Side = (typeof SIDES)[number];

export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
