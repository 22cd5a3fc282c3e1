"use client";

import { useEffect, useState } from "react";

/** A short message for a polite live region, cleared after a while so it can be said again. */
export function useAnnouncer(): [string, (message: string) => void] {
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (announcement === "") return;
    const timer = setTimeout(() => setAnnouncement(""), 4000);
    return () => clearTimeout(timer);
  }, [announcement]);
  return [announcement, setAnnouncement];
}
