import type { RoutineDraft } from "@/lib/routines/schema";
import { BEND, FEET, NECK, ROLL, type SeedPicture } from "./illustrations";

type Side = "both" | "left" | "right";

const timed = (instruction: string, durationSeconds: number, side: Side = "both", spokenCue: string | null = null, picture?: [SeedPicture, string]) => ({
  instruction,
  durationSeconds,
  repetitions: null,
  side,
  spokenCue,
  mediaKey: picture?.[0].key ?? null,
  mediaAlt: picture?.[1] ?? null,
});

const BENDING = [BEND, "A standing forward bend: knees soft, head and arms hanging towards the floor."] as [SeedPicture, string];

/** Cover pictures of the demo routines, by slug. */
export const routineCovers: Record<string, { key: string; alt: string }> = {
  "tennis-ball-foot-release": { key: FEET.key, alt: "Bare feet resting on two tennis balls on the floor, seen from the side." },
  "slow-neck-release": { key: NECK.key, alt: "Someone seated with eyes closed, the head tipped gently towards one shoulder." },
};

const counted = (instruction: string, repetitions: number, side: Side = "both", spokenCue: string | null = null) => ({
  instruction,
  durationSeconds: null,
  repetitions,
  side,
  spokenCue,
});

/**
 * Demo routines. The first is the coach's own tennis-ball foot release; its facts (seated, about
 * ten seconds of rolling with moderate pressure, then a forward bend) come from her article.
 */
export const routineSeeds: RoutineDraft[] = [
  {
    slug: "tennis-ball-foot-release",
    title: "Tennis-ball foot release",
    summary:
      "Roll two tennis balls under your feet for a few seconds and feel your forward bend open up. Kind to tight hamstrings and a tired lower back.",
    bodyAreas: ["feet", "calves", "hamstrings", "lower-back"],
    equipment: ["tennis-balls"],
    difficulty: "gentle",
    status: "published",
    steps: [
      timed(
        "Stand with your feet hip-width apart. Fold forward slowly with soft knees and notice where your fingertips reach. Roll back up, one vertebra at a time.",
        20,
        "both",
        "Feet hip-width apart. Fold forward slowly, knees soft, and notice where your fingertips reach.",
        BENDING,
      ),
      timed("Sit on a chair or the edge of your bed. Place a tennis ball under each foot.", 10, "both", "Sit down and place a tennis ball under each foot.", [
        FEET,
        "Bare feet resting on two tennis balls.",
      ]),
      timed(
        "Roll both balls slowly from heel to toes and back. Press just enough to feel a stretch in your soles, never so much that it hurts.",
        10,
        "both",
        "Roll slowly from heel to toes and back. A good stretch, never pain.",
        [ROLL, "A foot rolling a tennis ball from heel to toes and back."],
      ),
      timed("Put the balls aside. Rest your bare feet on the floor and notice how they feel now.", 10, "both", "Balls aside. Rest your bare feet on the floor."),
      timed(
        "Stand up and fold forward again, just as before. Let your head and arms hang. Notice how much further you reach.",
        20,
        "both",
        "Stand and fold forward again. Let your head hang, and notice how far you reach now.",
        BENDING,
      ),
      timed("Roll up slowly, stacking your spine. Take one easy breath before you move on.", 10, "both", "Roll up slowly and take one easy breath."),
    ],
    whyItWorks: [
      "The back of your body works as one long line. Muscles and connective tissue run from the soles of your feet, up the calves and hamstrings, along the spine and over the top of your head to your brow. Movement teachers call this the **posterior chain**.",
      "Much of that line is **fascia**, the web of connective tissue that wraps and supports every muscle. Stiff shoes and long hours of sitting let it tighten, and tension that starts in the feet can pull all the way up into the hamstrings, the lower back, even the neck and head.",
      "Releasing the soles gives the whole chain a little slack. That is why a few seconds of rolling can change how far you fold forward, and why it often eases a sore back too.",
    ].join("\n\n"),
    cautions: [
      "- **Don't keep overstretching your hamstrings.** If your feet and calves are tight, pulling harder on the hamstrings can strain them without touching the cause. Release the feet first, then stretch gently.",
      "- Use moderate pressure. A good stretch, never pain. Stop if anything hurts, tingles or goes numb.",
      "- Stand up slowly and keep a hand on a chair if you feel light-headed.",
      "- If you have diabetes, a foot injury or numbness in your feet, ask your doctor before rolling.",
    ].join("\n"),
  },
  {
    slug: "slow-neck-release",
    title: "Slow neck release",
    summary: "A slow way to unclench a neck that has spent the day leaning towards a screen.",
    bodyAreas: ["neck", "shoulders", "upper-back"],
    equipment: [],
    difficulty: "gentle",
    status: "published",
    steps: [
      timed("Sit tall with both feet on the floor. Let your shoulders drop away from your ears.", 15),
      timed("Tip your right ear towards your right shoulder. Let the weight of your head do the work.", 30, "right", null, [
        NECK,
        "Seated with eyes closed, the head tipped towards the right shoulder.",
      ]),
      timed("Bring your head back to centre, then tip your left ear towards your left shoulder.", 30, "left"),
      counted("Draw small, slow half-circles with your nose: from one shoulder, down past your chest, to the other.", 6),
      timed("Turn your head to look over your right shoulder. Breathe out as you turn.", 20, "right"),
      timed("Return to centre and look over your left shoulder.", 20, "left"),
      counted("Lift both shoulders towards your ears on a breath in, then let them fall on a long breath out.", 5),
    ],
    whyItWorks:
      "Your head weighs about as much as a bowling ball. When it drifts forward, the muscles at the back of your neck hold it up all day. Slow, supported movement tells them they can let go, and the long out-breath helps your nervous system follow.",
    cautions:
      "- Move slowly and stay well inside what feels easy.\n- Never roll your head backwards or force a turn.\n- Stop if you feel dizziness, tingling in your arms or sharp pain, and talk to a doctor.",
  },
  {
    slug: "lower-back-unwind",
    title: "Lower back unwind on the floor",
    summary: "Lie down, let the floor hold you, and ease a stiff lower back with small rocking movements.",
    bodyAreas: ["lower-back", "hips"],
    equipment: ["mat"],
    difficulty: "gentle",
    status: "published",
    steps: [
      timed("Lie on your back on a mat or rug. Bend your knees and rest your feet flat on the floor.", 20),
      counted("Tilt your pelvis gently: press your lower back into the floor, then let it arch a little.", 10),
      timed("Hug both knees towards your chest and rock slowly from side to side.", 30),
      timed("Let both knees fall to the right while your shoulders stay heavy on the floor.", 30, "right"),
      timed("Bring the knees through the middle and let them fall to the left.", 30, "left"),
      timed("Rest with your feet on the floor and your hands on your belly. Feel it rise and fall.", 30),
    ],
    whyItWorks:
      "Small rhythmic movements bring blood and ease to the muscles around the spine without asking them to stretch hard. Lying down takes gravity off your back, so it can let go more easily than when you are standing.",
    cautions:
      "- Keep every movement small and comfortable.\n- Skip the twist if it pinches.\n- Back pain with fever, numbness, weakness in the legs or loss of bladder control needs a doctor today, not a routine.",
  },
  {
    slug: "calf-release-at-the-wall",
    title: "Calf release at the wall",
    summary: "Loosen the calves, the link between your feet and your hamstrings, with nothing but a wall.",
    bodyAreas: ["calves", "feet", "hamstrings"],
    equipment: ["wall"],
    difficulty: "steady",
    status: "published",
    steps: [
      timed("Stand an arm's length from a wall and rest both palms on it at shoulder height.", 10),
      timed(
        "Step your right foot back. Keep the heel down and the leg long, and bend your front knee until you feel the right calf.",
        30,
        "right",
      ),
      timed("Bend the back knee slightly to move the stretch lower, towards the heel.", 20, "right"),
      timed("Switch: step your left foot back with the heel down and the leg long.", 30, "left"),
      timed("Bend the back knee slightly to move the stretch lower.", 20, "left"),
      counted("Stand with feet together and rise slowly onto your toes, then lower with control.", 10),
    ],
    whyItWorks:
      "The calves sit in the middle of the line that runs from your soles up the back of your body. When they tighten, they tug on both ends: the feet below and the hamstrings above. Releasing them is often quicker than stretching the hamstrings themselves.",
    cautions:
      "- Keep the back heel on the floor and stretch gently, without bouncing.\n- Hold the wall if your balance wobbles.\n- Stop if you feel pain in your Achilles tendon.",
  },
  {
    slug: "soften-your-jaw",
    title: "Soften your jaw",
    summary: "A quiet pause for a jaw that clenches when life gets loud.",
    bodyAreas: ["jaw", "neck"],
    equipment: [],
    difficulty: "gentle",
    status: "published",
    steps: [
      timed("Sit or stand comfortably. Notice your jaw: are your teeth touching?", 10),
      timed("Let your lips close and your teeth part. Rest the tip of your tongue behind your upper front teeth.", 20),
      counted(
        "Place your fingertips on the muscles just in front of your ears. Make slow circles with gentle pressure.",
        10,
      ),
      counted("Open your mouth slowly, as wide as feels easy, then close it slowly.", 5),
      timed("Let a yawn come if it wants to. Breathe out through your mouth with a soft sigh.", 20),
    ],
    whyItWorks:
      "Many of us brace our jaws when we are stressed or concentrating, often without noticing. The jaw muscles link to the neck and to how safe the body feels. Noticing and softening them sends a calming signal to the rest of you.",
    cautions:
      "- Use gentle pressure only.\n- If your jaw clicks painfully, locks or hurts when you chew, see a dentist or doctor.",
  },
  {
    slug: "long-exhale-for-a-busy-mind",
    title: "Long exhale for a busy mind",
    summary: "Slow your breath and lengthen each out-breath to bring a racing system back down.",
    bodyAreas: ["chest-breath", "shoulders"],
    equipment: ["chair"],
    difficulty: "gentle",
    status: "published",
    steps: [
      timed("Sit on a chair with your feet flat and your hands resting on your thighs.", 15),
      timed("Breathe in through your nose for a slow count of four.", 4),
      timed("Breathe out through your mouth for a slow count of six, as if through a straw.", 6),
      timed("Keep going at your own pace: in for four, out for six. Let your shoulders drop with each breath out.", 90),
      timed("Let your breath return to its own rhythm. Notice how your chest and belly feel now.", 20),
    ],
    whyItWorks:
      "A breath out that is longer than the breath in slows the heart a little and turns up the body's calming branch of the nervous system. It is one of the few stress responses you can steer on purpose.",
    cautions:
      "- Never strain or hold your breath. If counting feels hard, shorten the counts.\n- Stop if you feel light-headed.\n- If you are in crisis, call your local emergency number or a crisis line now.",
  },
  {
    slug: "hip-circles-for-long-sitting-days",
    title: "Hip circles for long sitting days",
    summary: "A draft the coach is still shaping: gentle circles for stiff hips.",
    bodyAreas: ["hips", "lower-back"],
    equipment: [],
    difficulty: "gentle",
    status: "draft",
    steps: [
      timed("Stand with your hands on your hips and your knees soft.", 10),
      counted("Circle your hips slowly to the right.", 5, "right"),
      counted("Circle your hips slowly to the left.", 5, "left"),
    ],
    whyItWorks: "",
    cautions: "- Keep the circles small if your lower back complains.",
  },
];
