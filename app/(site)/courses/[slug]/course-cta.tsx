"use client";

import { useActionState, useEffect, useState } from "react";
import { ButtonLink } from "@/app/_ui/button-link";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { buyCourse } from "./actions";

type Access = { enrolled: false } | { enrolled: true; continueHref: string; continueTitle: string | null; started: boolean };

/**
 * The sales page is the same cached HTML for everyone, so who is enrolled is asked after load:
 * learners see "Go to course" instead of Buy. Without JavaScript Buy still works, and the
 * checkout sends an enrolled buyer straight to the course instead of charging twice.
 */
/** One request per page, however many Buy buttons it shows (top, closing box, phone bar). */
const accessBySlug = new Map<string, Promise<Access | null>>();

function loadAccess(slug: string): Promise<Access | null> {
  let pending = accessBySlug.get(slug);
  if (!pending) {
    pending = fetch(`/api/courses/${slug}/access`, { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<Access>) : null))
      .catch(() => null);
    accessBySlug.set(slug, pending);
    // Asked again on the next visit to the page (after buying, say), not cached for the tab's life.
    void pending.finally(() => setTimeout(() => accessBySlug.delete(slug), 5_000));
  }
  return pending;
}

export function useCourseAccess(slug: string): Access | null {
  const [access, setAccess] = useState<Access | null>(null);
  useEffect(() => {
    let live = true;
    void loadAccess(slug).then((value) => live && value && setAccess(value));
    return () => {
      live = false;
    };
  }, [slug]);
  return access;
}

/** A payment plan beside the full price, when the coach offers one. */
export interface PlanOffer {
  count: number;
  amountLabel: string;
  /** What the plan comes to: stated wherever the plan is offered, never left for the buyer to work out. */
  totalLabel: string;
}

export function CourseCta({ slug, priceLabel, plan = null, compact = false }: { slug: string; priceLabel: string; plan?: PlanOffer | null; compact?: boolean }) {
  const [state, action] = useActionState(buyCourse, {});
  const access = useCourseAccess(slug);

  if (access?.enrolled) {
    return (
      <div className="space-y-2">
        <ButtonLink href={access.continueHref} className="w-full">
          {access.started ? "Continue the course" : "Go to course"}
        </ButtonLink>
        {access.started && access.continueTitle ? <p className="text-sm text-ink-muted">Next up: {access.continueTitle}</p> : null}
      </div>
    );
  }

  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="course" value={slug} />
      <SubmitButton className="w-full" pendingLabel="Opening the secure checkout …" name="plan" value="full">
        Buy the course, {priceLabel}
      </SubmitButton>
      {plan && !compact ? (
        <SubmitButton className="w-full" variant="secondary" pendingLabel="Opening the secure checkout …" name="plan" value="instalments">
          Or {plan.count} monthly payments of {plan.amountLabel}
        </SubmitButton>
      ) : null}
      {state.message ? (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      ) : null}
      {compact ? null : (
        <p className="text-sm text-ink-muted">
          {plan
            ? `Access from the first payment; ${plan.count} monthly payments of ${plan.amountLabel} (${plan.totalLabel} in total) end by themselves after the ${ordinal(plan.count)}, and the course is yours for good. Stop the plan early and the course pauses until it is paid. 14-day refund if it is not right for you. A promotion code applies to the one-time price; you enter it on the payment page.`
            : "One payment, lifetime access. 14-day refund if it is not right for you. Promotion codes are entered on the payment page."}
        </p>
      )}
    </form>
  );
}

function ordinal(count: number): string {
  const words = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
  return words[count] ?? `${count}th`;
}

/**
 * On a phone, once the price box has scrolled away, a bar at the bottom keeps Buy (or, for a
 * learner, Continue) within reach; it steps aside while the price box or the closing box is in
 * view, so there is never a second button next to the first.
 */
export function StickyBuyBar({ slug, priceLabel, watch }: { slug: string; priceLabel: string; watch: string[] }) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    const targets = watch.map((id) => document.getElementById(id)).filter((element): element is HTMLElement => Boolean(element));
    const visible = new Set<Element>();
    let scrolledPast = false;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
        if (entry.target === targets[0] && !entry.isIntersecting && entry.boundingClientRect.bottom < 0) scrolledPast = true;
        if (entry.target === targets[0] && entry.isIntersecting) scrolledPast = false;
      }
      setShow(scrolledPast && visible.size === 0);
    });
    for (const target of targets) observer.observe(target);
    return () => observer.disconnect();
  }, [watch]);
  if (!show) return null;
  return (
    <div className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-[0_-4px_16px_rgba(0,0,0,0.06)] backdrop-blur sm:hidden">
      <CourseCta slug={slug} priceLabel={priceLabel} compact />
    </div>
  );
}
