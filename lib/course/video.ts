export type LessonVideo =
  | { kind: "embed"; src: string; provider: "YouTube" | "Vimeo" }
  | { kind: "file"; src: string; captionsSrc: string | null }
  | null;

/**
 * How a lesson's video link is shown: YouTube and Vimeo as privacy-friendly embeds, an MP4 (or
 * WebM) as a native player with its captions track, anything else not at all.
 */
export function lessonVideo(videoUrl: string | null, captionsUrl: string | null): LessonVideo {
  if (!videoUrl) return null;
  let url: URL;
  try {
    url = new URL(videoUrl);
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  const host = url.hostname.replace(/^www\./, "");
  const youtubeId =
    host === "youtu.be" ? url.pathname.slice(1) : host === "youtube.com" || host === "m.youtube.com" ? (url.searchParams.get("v") ?? url.pathname.match(/^\/(?:embed|shorts)\/([^/]+)/)?.[1]) : null;
  if (youtubeId && /^[\w-]{6,20}$/.test(youtubeId)) return { kind: "embed", provider: "YouTube", src: `https://www.youtube-nocookie.com/embed/${youtubeId}?rel=0` };
  const vimeoId = host === "vimeo.com" ? url.pathname.match(/^\/(\d+)/)?.[1] : host === "player.vimeo.com" ? url.pathname.match(/^\/video\/(\d+)/)?.[1] : null;
  if (vimeoId) return { kind: "embed", provider: "Vimeo", src: `https://player.vimeo.com/video/${vimeoId}?dnt=1` };
  if (/\.(mp4|webm)$/i.test(url.pathname)) return { kind: "file", src: url.toString(), captionsSrc: captionsUrl };
  return null;
}
