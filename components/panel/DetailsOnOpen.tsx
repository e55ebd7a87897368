"use client";
import { type ReactNode, useState } from "react";

/**
 * A <details> whose contents are made when it is first opened, not with the page: a long table
 * folded away (75 rows of pool concentration) was hundreds of elements for the page's first
 * render and hydration that nobody sees until they ask. The contents are a function, so not
 * even their elements are built before then.
 */
export function DetailsOnOpen(props: {
  summary: ReactNode;
  className?: string;
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={props.className}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{props.summary}</summary>
      {opened ? props.children() : null}
    </details>
  );
}
