import { MAP_CREDITS } from "./attribution";
import "./map.css";

/**
 * The map's attribution, under the map rather than over it: it never covers the data or the
 * legend on a phone, and its links come after the timeline in the tab order.
 */
export function MapCredits() {
  return (
    <p className="map-credits">
      {MAP_CREDITS.map((c, i) => (
        <span key={c.what}>
          {i > 0 ? " · " : null}
          {c.what}: <a href={c.link.href}>{c.link.text}</a>
          {c.after}
        </span>
      ))}
    </p>
  );
}
