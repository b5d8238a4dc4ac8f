"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { clearPendingCheckIns, readPendingCheckIns, sendCheckIns } from "@/app/(site)/routines/_components/local-check-ins";
import { Notice } from "@/app/_ui/notice";

/** Check-ins made before signing in move from this browser into the account, once. */
export function CarryOverCheckIns() {
  const router = useRouter();
  const [moved, setMoved] = useState(0);
  useEffect(() => {
    const pending = readPendingCheckIns();
    if (pending.length === 0) return;
    let cancelled = false;
    void sendCheckIns(pending).then((result) => {
      if (cancelled || result !== "saved") return;
      clearPendingCheckIns();
      setMoved(pending.length);
      router.refresh();
    });
    return () => {
      cancelled = true;
    };
  }, [router]);
  if (!moved) return null;
  return (
    <Notice tone="success" live>
      {moved === 1 ? "Your check-in from this device is" : `Your ${moved} check-ins from this device are`} now in your account.
    </Notice>
  );
}
