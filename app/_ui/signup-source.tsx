"use client";

import { useEffect, useState } from "react";

/**
 * The footer form's source: the page it was sent from. The footer is part of cached pages, so the
 * server cannot write the path; the browser does, and without JavaScript it stays "footer".
 */
export function FooterSignupSource() {
  const [source, setSource] = useState("/?via=footer");
  useEffect(() => {
    // The path is only known in the browser; it is written once, after the cached page arrives.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSource(`${window.location.pathname}?via=footer`);
  }, []);
  return <input type="hidden" name="source" value={source} />;
}
