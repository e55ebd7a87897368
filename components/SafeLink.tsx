import type { ReactNode } from "react";
import { safeHref } from "@/lib/core/http-url";

/**
 * A link to a stored URL (a source, a fact's page). Imports refuse anything but http(s), and this
 * checks again at render: a stored `javascript:` or `data:` link, however it got there, is shown
 * as text and never becomes an `href`.
 */
export function SafeLink({
  href,
  children,
  className,
}: {
  href: string | null | undefined;
  children: ReactNode;
  className?: string;
}) {
  const safe = safeHref(href);
  return safe ? (
    <a href={safe} className={className}>
      {children}
    </a>
  ) : (
    <span className={className} title="link withheld: not an http(s) address">
      {children}
    </span>
  );
}
