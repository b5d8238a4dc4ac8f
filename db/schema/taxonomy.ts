/** The fixed vocabularies of routines, enforced by check constraints (see routines.ts). Labels live in lib/routines/taxonomy.ts. */

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

export const EQUIPMENT = ["tennis-balls", "wall", "chair", "towel", "mat", "cushion"] as const;

export const DIFFICULTIES = ["gentle", "steady", "deeper"] as const;

export const SIDES = ["both", "left", "right"] as const;

export const PUBLICATION_STATUSES = ["draft", "published"] as const;
