"use client";

/** Play/pause for the timeline; the label says what pressing it will do. */
export function PlayButton({ playing, onToggle }: { playing: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="play"
      aria-label={playing ? "Pause" : "Play"}
      aria-pressed={playing}
      onClick={onToggle}
    >
      {playing ? (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <rect x="3" y="2" width="3.5" height="12" rx="1" />
          <rect x="9.5" y="2" width="3.5" height="12" rx="1" />
        </svg>
      ) : (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M4 2.5v11l9.5-5.5z" />
        </svg>
      )}
    </button>
  );
}
