import type { CourseSeedInput } from "@/lib/course/schema";
import { promptId } from "@/lib/course/learning/reflection-rules";

const minutes = (value: number) => value * 60;

export const courseSeed: CourseSeedInput = {
  slug: "healing-emotions",
  title: "Healing (e)Motions: Trauma Release Exercises for People with Stress",
  subtitle:
    "A gentle, body-first course that teaches your nervous system to let go of the stress it has been holding.",
  description: [
    "Stress does not stay in your head. It settles in the jaw, the shoulders, the belly and the hips, and it can show up as pain long after the stressful days are over.",
    "Healing (e)Motions teaches a set of physiological exercises that help the body release held tension through gentle, natural tremoring. You learn them slowly, with safety first, and you finish with a short daily practice that is yours to keep.",
    "The course is for adults who feel wound up, tired of being tired, or stuck in aches that have no clear cause. It is not therapy and it does not replace medical or psychological care.",
  ].join("\n\n"),
  audience: [
    "- You feel wound up most days and cannot quite switch off, even on holiday.",
    "- Your jaw, neck, shoulders or lower back ache and nobody has found a clear cause.",
    "- You have tried to think your way out of stress and want something your body can do.",
    "- You can give the practice fifteen quiet minutes, a few times a week.",
  ].join("\n"),
  notFor: [
    "- Anyone in a crisis right now: please reach out to the crisis resources below first.",
    "- People who are pregnant, recovering from surgery or an injury, or living with epilepsy or a serious heart condition, unless their doctor agrees.",
    "- Anyone looking for therapy. This course teaches physical exercises; it does not diagnose or treat mental illness, and it works best alongside care from professionals when you need it.",
  ].join("\n"),
  faq: [
    {
      question: "How long do I have access?",
      answer: "For as long as the course exists. Buy once and come back whenever you need it; updates are included.",
    },
    {
      question: "Do I need any equipment?",
      answer: "A mat or a rug, a wall, and loose clothes. A blanket for the rest at the end is nice to have.",
    },
    {
      question: "What if it is not right for me?",
      answer: "Write to me within 14 days of buying and I will refund you in full, no questions asked.",
    },
    {
      question: "Is the shaking safe?",
      answer: "For most people it is a natural, gentle reflex. The course teaches you how to stop it at any moment, and the first full lesson is all about pacing. If you have a medical condition, ask your doctor first.",
    },
  ],
  priceAmount: 14900,
  currency: "usd",
  // Or three monthly payments: a little more in all, for people who cannot pay at once.
  instalmentCount: 3,
  instalmentAmount: 5500,
  status: "published",
  modules: [
    {
      title: "Foundations: safety first",
      summary: "What stress does in the body, and how to practise without overwhelming yourself.",
      lessons: [
        {
          slug: "welcome",
          title: "Welcome, and how to use this course",
          durationSeconds: minutes(6),
          isPreview: true,
          videoUrl: null,
          body: [
            "## Welcome",
            "I am glad you are here. This course moves slowly on purpose. Each lesson is short, and you can pause, repeat or skip ahead whenever you like.",
            "### How to get the most from it",
            "- Practise on a mat or a rug, in loose clothes, somewhere you will not be disturbed.",
            "- Do one lesson a day at most in the first week.",
            "- Keep a note of how you feel before and after. Small changes count.",
            "### A promise",
            "You are always in charge. If an exercise feels like too much, you stop, and stopping is part of the practice.",
          ].join("\n\n"),
        },
        {
          slug: "stress-in-the-body",
          title: "Stress in the body: what your nervous system is doing",
          durationSeconds: minutes(12),
          isPreview: true,
          videoUrl: null,
          body: [
            "## Why stress lives in muscles",
            "When you feel under threat, your body gets ready to act: the heart speeds up, breathing gets shallow and the big muscles of the legs, hips and back brace. That is healthy for a moment and tiring for a lifetime.",
            "Animals shake after a fright to discharge that readiness. People often learn to hold still instead. The exercises in this course invite that natural shaking back, gently and under your control.",
            "## What you might notice",
            "- A fine trembling in the legs, like after a long walk.",
            "- Warmth, a deep breath, a yawn.",
            "- Sometimes an emotion that rises and passes.",
            "All of these are normal. None of them is required.",
          ].join("\n\n"),
        },
        {
          slug: "finding-your-window",
          title: "Finding your window: pacing, stopping and grounding",
          durationSeconds: minutes(10),
          isPreview: false,
          videoUrl: null,
          body: [
            "## Your window of tolerance",
            "There is a zone where you can feel things without being swept away by them. We practise inside that window and widen it slowly.",
            "## How to stop",
            "1. Straighten your legs and let them rest.",
            "2. Press your feet into the floor and look around the room. Name five things you can see.",
            "3. Breathe out slowly, longer than you breathe in.",
            "Practise stopping before you practise anything else. It is the most important skill in this course.",
          ].join("\n\n"),
        },
      ],
    },
    {
      title: "The release exercises",
      summary: "Warm up, invite the tremor, and come back to calm.",
      lessons: [
        {
          slug: "warming-up-legs-and-feet",
          title: "Warming up the legs and feet",
          durationSeconds: minutes(15),
          isPreview: false,
          videoUrl: null,
          body: [
            "## Warm-up sequence",
            "Start with the tennis-ball foot release: two minutes on the balls loosen everything the tremor will use.",
            "::routine[tennis-ball-foot-release]",
            "Then:",
            "1. Rise onto your toes and lower slowly, ten times.",
            "2. Stand on one leg and roll the other ankle in circles, both ways, then switch.",
            "3. With your feet wide, bend your knees a little and sway your weight from side to side.",
            "Your legs may start to feel tired or warm. That is what we want.",
          ].join("\n\n"),
        },
        {
          slug: "wall-sit-and-first-tremor",
          title: "The wall sit and the first tremor",
          durationSeconds: minutes(14),
          isPreview: false,
          videoUrl: null,
          body: [
            "## The wall sit",
            "Lean your back against a wall and slide down until your knees are slightly bent, far less than a chair. Stay for one to two minutes.",
            "When your thighs begin to tremble, let them. Keep breathing. If the shaking gets too strong, slide back up the wall and rest.",
            "## Afterwards",
            "Walk around the room slowly and notice your legs.",
          ].join("\n\n"),
          // Private questions under the lesson; the learner's answers are theirs alone.
          reflectionPrompts: ["Where in your body did you first feel the tremor?", "What helped you stay inside your window?"].map((text) => ({ id: promptId(text), text })),
        },
        {
          slug: "letting-the-tremor-move",
          title: "Letting the tremor move: the lying-down practice",
          durationSeconds: minutes(18),
          isPreview: false,
          videoUrl: null,
          body: [
            "## The butterfly position",
            "Lie on your back, bring the soles of your feet together and let your knees fall open. After a minute, lift your knees a few centimetres. A tremor often starts here.",
            "Let it travel where it wants: legs, hips, belly, sometimes the back. You can slow it down at any moment by straightening your legs.",
            "Stay for five to ten minutes at first. Less is fine.",
          ].join("\n\n"),
        },
        {
          slug: "coming-back",
          title: "Coming back: grounding after release",
          durationSeconds: minutes(9),
          isPreview: false,
          videoUrl: null,
          body: [
            "## Landing",
            "Straighten your legs and rest for a few minutes. Roll onto your side, then come up to sitting slowly.",
            "Drink some water. Look around the room. Press your hands together and feel the pressure.",
            "If you feel shaky or emotional for a while afterwards, that is common. Be gentle with the rest of your day.",
          ].join("\n\n"),
        },
      ],
    },
    {
      title: "Making it yours",
      summary: "Turn the exercises into a short daily practice that fits your life.",
      lessons: [
        {
          slug: "fifteen-minute-daily-practice",
          title: "A fifteen-minute daily practice",
          durationSeconds: minutes(15),
          isPreview: false,
          videoUrl: null,
          body: [
            "## The sequence",
            "1. Foot release and warm-up, five minutes.",
            "2. Wall sit, one to two minutes.",
            "3. Lying-down practice, five minutes.",
            "4. Grounding, three minutes.",
            "Three or four times a week is plenty. Consistency matters more than length.",
          ].join("\n\n"),
        },
        {
          slug: "when-emotions-surface",
          title: "When emotions surface",
          durationSeconds: minutes(11),
          isPreview: false,
          videoUrl: null,
          body: [
            "## Feelings are part of it",
            "As the body lets go, old feelings can come up: sadness, anger, relief, laughter. You do not need to understand them for them to pass.",
            "If a feeling is too big, stop the exercise and ground yourself. If it stays big, reach out to someone you trust or a professional. This course is a companion to care, not a substitute for it.",
          ].join("\n\n"),
        },
        {
          slug: "a-life-with-less-stress-stored",
          title: "A life with less stress stored",
          durationSeconds: minutes(10),
          isPreview: false,
          videoUrl: null,
          body: [
            "## Beyond the mat",
            "Notice the moments in your day when your body braces: in traffic, before a meeting, while reading the news. A long breath out, soft knees and loose shoulders can become small habits that keep the load from building up again.",
            "Thank you for practising with me. Come back to these lessons whenever you need them.",
          ].join("\n\n"),
        },
      ],
    },
  ],
};
