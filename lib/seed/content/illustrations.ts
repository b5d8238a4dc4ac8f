/**
 * The demo's own drawings, made for this project (flat shapes in the site's palette, no outside
 * artwork), so a fresh install already has pictures: the seed stores them like uploads, and the
 * coach replaces or removes them like any other picture. SVG keeps them a few KB each.
 */

export interface SeedPicture {
  key: string;
  svg: string;
}

const key = (n: number) => `seed/5eed0000-0000-4000-8000-${String(n).padStart(12, "0")}.svg`;

/** Bare feet resting on two tennis balls, seen from the side. */
export const FEET: SeedPicture = {
  key: key(1),
  svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 900">
  <rect width="1600" height="900" fill="#f7f3ec"/>
  <circle cx="1280" cy="250" r="210" fill="#efe7da"/>
  <circle cx="1280" cy="250" r="120" fill="#f3e1d6"/>
  <rect y="760" width="1600" height="140" fill="#e8dece"/>
  <g transform="translate(470 50) scale(1.25)">
    <path d="M225 -60 L330 -60 L322 330 L212 330 Z" fill="#7f9878"/>
    <path d="M220 250 L322 250 L318 345 L214 345 Z" fill="#e2c3ab"/>
    <path d="M232 330 C200 330 190 380 205 420 C215 445 245 452 280 452 L560 452 C600 452 620 440 618 420 C615 400 585 392 540 385 C470 372 400 350 330 300 Z" fill="#e2c3ab"/>
    <circle cx="410" cy="494" r="42" fill="#d9df8c"/>
    <path d="M376 474 C396 490 396 508 378 526 M444 468 C424 484 424 504 442 522" stroke="#f7f3ec" stroke-width="5" fill="none" stroke-linecap="round"/>
  </g>
  <g transform="translate(330 110) scale(1.3)">
    <path d="M225 -120 L335 -120 L326 330 L212 330 Z" fill="#4f6b4a"/>
    <path d="M218 250 L326 250 L322 345 L212 345 Z" fill="#c99a7c"/>
    <path d="M232 330 C200 330 190 380 205 420 C215 445 245 452 280 452 L560 452 C600 452 620 440 618 420 C615 400 585 392 540 385 C470 372 400 350 330 300 Z" fill="#c99a7c"/>
    <circle cx="400" cy="496" r="44" fill="#c5cf5a"/>
    <path d="M364 474 C386 492 386 514 366 532 M436 468 C414 486 414 508 434 526" stroke="#f7f3ec" stroke-width="6" fill="none" stroke-linecap="round"/>
  </g>
  <ellipse cx="850" cy="762" rx="70" ry="8" fill="#d8ccb8"/>
</svg>`,
};

/** A standing forward bend: knees soft, head and arms hanging. */
export const BEND: SeedPicture = {
  key: key(2),
  svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600">
  <rect width="800" height="600" fill="#f7f3ec"/>
  <circle cx="560" cy="210" r="150" fill="#efe7da"/>
  <rect y="540" width="800" height="60" fill="#e8dece"/>
  <g stroke-linecap="round" fill="none">
    <path d="M360 250 L366 520" stroke="#4f6b4a" stroke-width="66"/>
    <path d="M360 250 C440 232 482 290 478 392" stroke="#c0704f" stroke-width="78"/>
    <path d="M470 372 L472 508" stroke="#c99a7c" stroke-width="26"/>
  </g>
  <circle cx="470" cy="440" r="38" fill="#c99a7c"/>
  <path d="M436 424 C444 396 494 392 506 424 C490 414 452 414 436 424 Z" fill="#3b302a"/>
  <ellipse cx="392" cy="540" rx="52" ry="13" fill="#c99a7c"/>
  <path d="M300 180 C290 260 300 330 326 380" stroke="#8a3a22" stroke-width="4" stroke-dasharray="10 12" fill="none" stroke-linecap="round"/>
  <path d="M316 368 L326 382 L336 364" stroke="#8a3a22" stroke-width="4" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`,
};

/** A foot rolling a tennis ball from heel to toes. */
export const ROLL: SeedPicture = {
  key: key(3),
  svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600">
  <rect width="800" height="600" fill="#f7f3ec"/>
  <circle cx="600" cy="170" r="120" fill="#efe7da"/>
  <rect y="470" width="800" height="130" fill="#e8dece"/>
  <path d="M150 380 C140 440 160 450 210 450 L560 450 C600 450 612 420 584 402 C520 370 420 360 340 330 Z" fill="#c99a7c"/>
  <path d="M170 170 L186 380" stroke="#c99a7c" stroke-width="80" stroke-linecap="round"/>
  <circle cx="380" cy="476" r="44" fill="#c5cf5a"/>
  <path d="M344 454 C366 472 366 494 346 512 M414 448 C392 466 392 488 412 506" stroke="#f7f3ec" stroke-width="6" fill="none" stroke-linecap="round"/>
  <path d="M250 520 L520 520" stroke="#8a3a22" stroke-width="5" stroke-linecap="round"/>
  <path d="M270 504 L248 520 L270 536 M500 504 L522 520 L500 536" stroke="#8a3a22" stroke-width="5" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`,
};

/** Seated with eyes closed, the head tipped to one side. */
export const NECK: SeedPicture = {
  key: key(4),
  svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 900">
  <rect width="1600" height="900" fill="#f7f3ec"/>
  <circle cx="800" cy="400" r="300" fill="#efe7da"/>
  <circle cx="1250" cy="190" r="70" fill="#f3e1d6"/>
  <rect x="760" y="420" width="84" height="150" rx="40" fill="#c99a7c" transform="rotate(14 802 560)"/>
  <path d="M560 900 L590 650 C600 580 680 550 800 546 C920 550 1000 580 1010 650 L1040 900 Z" fill="#4f6b4a"/>
  <path d="M740 560 Q800 600 860 560" stroke="#3e5739" stroke-width="9" fill="none" stroke-linecap="round"/>
  <g transform="rotate(26 860 400)">
    <ellipse cx="846" cy="350" rx="98" ry="114" fill="#c99a7c"/>
    <path d="M748 346 C738 226 958 214 946 344 C922 290 786 286 748 346 Z" fill="#3b302a"/>
    <circle cx="866" cy="222" r="40" fill="#3b302a"/>
    <path d="M802 366 Q816 378 830 366 M868 366 Q882 378 896 366" stroke="#3b302a" stroke-width="6" fill="none" stroke-linecap="round"/>
    <path d="M834 416 Q849 426 864 416" stroke="#8a3a22" stroke-width="6" fill="none" stroke-linecap="round"/>
  </g>
  <path d="M690 330 C650 410 660 480 706 536" stroke="#8a3a22" stroke-width="6" stroke-dasharray="14 16" fill="none" stroke-linecap="round"/>
  <path d="M688 516 L708 540 L722 512" stroke="#8a3a22" stroke-width="6" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`,
};

/** A drawing of the coach smiling, in a green jumper. */
export const PORTRAIT: SeedPicture = {
  key: key(5),
  svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800">
  <rect width="800" height="800" fill="#efe7da"/>
  <circle cx="400" cy="360" r="280" fill="#f3e1d6"/>
  <path d="M150 800 C160 640 250 580 400 572 C550 580 640 640 650 800 Z" fill="#4f6b4a"/>
  <path d="M330 590 Q400 640 470 590" stroke="#3e5739" stroke-width="10" fill="none" stroke-linecap="round"/>
  <rect x="360" y="470" width="80" height="120" rx="36" fill="#c99a7c"/>
  <ellipse cx="400" cy="380" rx="120" ry="140" fill="#d4a688"/>
  <path d="M276 388 C262 230 360 196 420 204 C520 214 552 300 528 392 C512 320 470 286 400 280 C340 280 300 318 276 388 Z" fill="#3b302a"/>
  <circle cx="452" cy="196" r="54" fill="#3b302a"/>
  <path d="M342 392 Q358 382 374 392 M426 392 Q442 382 458 392" stroke="#3b302a" stroke-width="7" fill="none" stroke-linecap="round"/>
  <path d="M366 452 Q400 478 434 452" stroke="#8a3a22" stroke-width="7" fill="none" stroke-linecap="round"/>
  <circle cx="338" cy="430" r="16" fill="#e3b69b"/>
  <circle cx="462" cy="430" r="16" fill="#e3b69b"/>
</svg>`,
};

export const SEED_PICTURES: readonly SeedPicture[] = [FEET, BEND, ROLL, NECK, PORTRAIT];
