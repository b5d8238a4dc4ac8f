import { describe, expect, it } from "vitest";
import { lessonVideo } from "./video";

describe("lessonVideo", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0"],
    ["https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0"],
    ["https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"],
    ["https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1"],
  ])("embeds %s", (input, src) => {
    expect(lessonVideo(input, null)).toMatchObject({ kind: "embed", src });
  });

  it("plays an MP4 with its captions", () => {
    expect(lessonVideo("https://cdn.example.com/lesson.mp4", "/uploads/lesson.vtt")).toEqual({ kind: "file", src: "https://cdn.example.com/lesson.mp4", captionsSrc: "/uploads/lesson.vtt" });
  });

  it.each([null, "http://youtube.com/watch?v=dQw4w9WgXcQ", "https://example.com/page", "javascript:alert(1)", "not a url", "https://youtube.com/watch?v=<script>"])(
    "shows nothing for %s",
    (input) => {
      expect(lessonVideo(input, null)).toBeNull();
    },
  );
});
