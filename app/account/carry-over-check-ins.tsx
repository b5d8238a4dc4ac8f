"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { SYNCED_EVENT, syncPendingCheckIns } from "@/app/(site)/routines/_components/local-check-ins";
import { Notice } from "@/app/_ui/notice";

/** Check-ins made before signing in, or offline, move from this browser into the account, once. */
export function CarryOverCheckIns() {
  const router = useRouter();
  const [moved, setMoved] = useState(0);
  useEffect(() => {
    // Whichever sends them (this page or the site-wide sync), the account shows them at once.
    const onSynced = (event: Event) => {
      setMoved((event as CustomEvent<number>).detail);
      router.refresh();
    };
    window.addEventListener(SYNCED_EVENT, onSynced);
    void syncPendingCheckIns();
    return () => window.removeEventListener(SYNCED_EVENT, onSynced);
  }, [router]);
  if (!moved) return null;
  return (
    <Notice tone="success" live>
      {moved === 1 ? "Your check-in from this device is" : `Your ${moved} check-ins from this device are`} now in your account.
    </Notice>
  );
}
