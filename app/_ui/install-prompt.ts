/**
 * Chromium offers to install a site through a `beforeinstallprompt` event, fired once, early, often
 * before the page's components exist. It is caught here as the app loads (app/_ui/offline-support)
 * and kept for a button that asks at a moment the visitor chose. Safari and Firefox fire none: there
 * the button never shows and the browser's own "Add to Home Screen" is the way.
 */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

const CHANGED = "install-prompt-changed";
let deferred: InstallPromptEvent | null = null;

export function catchInstallPrompt(): () => void {
  const onPrompt = (event: Event) => {
    event.preventDefault();
    deferred = event as InstallPromptEvent;
    window.dispatchEvent(new Event(CHANGED));
  };
  const onInstalled = () => {
    deferred = null;
    window.dispatchEvent(new Event(CHANGED));
  };
  window.addEventListener("beforeinstallprompt", onPrompt);
  window.addEventListener("appinstalled", onInstalled);
  return () => {
    window.removeEventListener("beforeinstallprompt", onPrompt);
    window.removeEventListener("appinstalled", onInstalled);
  };
}

export function installPromptAvailable(): boolean {
  return deferred !== null;
}

export function onInstallPromptChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}

/** Shows the browser's own install dialog; an event can be used once. */
export async function promptInstall(): Promise<"accepted" | "dismissed" | "unavailable"> {
  const event = deferred;
  if (!event) return "unavailable";
  deferred = null;
  window.dispatchEvent(new Event(CHANGED));
  await event.prompt();
  return (await event.userChoice).outcome;
}
