"use client";

import { CloudDownload, CircleCheck, Smartphone } from "lucide-react";
import { useEffect, useState, useSyncExternalStore } from "react";
import { installPromptAvailable, onInstallPromptChange, promptInstall } from "@/app/_ui/install-prompt";
import { isKept, keepForOffline, loadedFiles, offlineAvailable } from "@/app/_ui/offline-keep";

type Saving = "checking" | "saving" | "saved" | "failed";

/**
 * A routine opened once plays without a network (the offline page promises it). A routine reached
 * by a tap inside the site never passed through the service worker as a page, so it hands itself
 * over here, and says plainly when it is kept. Where the browser offers it, an install button puts
 * the routines on the home screen.
 */
export function SaveOffline({ mediaUrls }: { mediaUrls: string[] }) {
  const supported = useSyncExternalStore(noChange, offlineAvailable, () => false);
  const installable = useSyncExternalStore(onInstallPromptChange, installPromptAvailable, () => false);
  const [saving, setSaving] = useState<Saving>("checking");

  const save = async () => {
    setSaving("saving");
    const kept = await keepForOffline([location.href, ...loadedFiles(), ...mediaUrls]).catch(() => false);
    setSaving(kept && (await isKept(location.href)) ? "saved" : "failed");
  };

  useEffect(() => {
    if (!supported) return;
    let live = true;
    void isKept(location.href).then((kept) => {
      if (!live) return;
      if (kept) setSaving("saved");
      else void save();
    });
    return () => {
      live = false;
    };
    // Once per routine page: mediaUrls is the same list for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [supported]);

  if (!supported && !installable) return null;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      {supported ? (
        saving === "saved" ? (
          <p role="status" className="inline-flex min-h-11 items-center gap-2 text-moss-strong">
            <CircleCheck aria-hidden="true" className="size-5" /> Saved for offline: plays without a network
          </p>
        ) : (
          <>
            <button
              type="button"
              onClick={() => void save()}
              disabled={saving === "saving" || saving === "checking"}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 font-semibold hover:bg-sand disabled:opacity-70"
            >
              <CloudDownload aria-hidden="true" className="size-5" /> {saving === "saving" ? "Saving for offline …" : "Save for offline"}
            </button>
            {saving === "failed" ? <p role="status">Not saved yet: try again once you have a connection.</p> : null}
          </>
        )
      ) : null}
      {installable ? (
        <button type="button" onClick={() => void promptInstall()} className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 font-semibold hover:bg-sand">
          <Smartphone aria-hidden="true" className="size-5" /> Add to home screen
        </button>
      ) : null}
    </div>
  );
}

const noChange = () => () => undefined;
