import L from "leaflet";
import { keyOrder, SITE_KEYS_HELP, siteKeyTarget } from "./site-keys";

/** One site as the keyboard reaches it: its marker and the name read out for it. */
interface KeyedSite {
  id: string;
  name: string;
  lon: number;
  lat: number;
  marker: L.CircleMarker;
}

/**
 * All known-site markers as ONE tab stop: a listbox inside the map whose options are the sites,
 * each with its name; the arrows move between them (the active marker's card opens, on top of
 * the others). The markers themselves leave the tab order (Chromium makes each SVG path with a
 * tooltip a tab stop: 51 of them in a month with many sites). Without sites it is no tab stop.
 */
export type SiteKeys = ReturnType<typeof createSiteKeys>;

export function createSiteKeys(map: L.Map) {
  const box = L.DomUtil.create("div", "site-keys", map.getContainer());
  box.setAttribute("role", "listbox");
  box.id = "site-keys";
  L.DomEvent.disableClickPropagation(box);
  const said = L.DomUtil.create("div", "site-keys-active", box);
  said.setAttribute("aria-hidden", "true");
  let sites: KeyedSite[] = [];
  let active = -1;
  const optionId = (s: KeyedSite) => `site-option-${s.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;

  const activate = (i: number) => {
    sites[active]?.marker.closeTooltip();
    active = i;
    const site = sites[i];
    for (const o of box.querySelectorAll("[role=option]"))
      o.setAttribute("aria-selected", String(o.id === (site ? optionId(site) : "")));
    if (!site) {
      box.removeAttribute("aria-activedescendant");
      said.textContent = "";
      return;
    }
    box.setAttribute("aria-activedescendant", optionId(site));
    said.textContent = site.name;
    site.marker.bringToFront();
    map.panInside(L.latLng(site.lat, site.lon), { padding: [80, 80] });
    site.marker.openTooltip();
  };

  box.addEventListener("keydown", (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "Escape" && active >= 0) {
      e.preventDefault();
      e.stopPropagation();
      activate(-1);
      return;
    }
    const next = siteKeyTarget(e.key, active, sites.length);
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation(); // not the map's panning
    activate(next);
  });
  box.addEventListener("blur", () => activate(-1));

  return {
    /** The sites the month shows; the listbox is a tab stop only while there is one. */
    update(next: KeyedSite[], shown: boolean) {
      const keep = sites[active]?.id;
      sites = shown ? keyOrder(next) : [];
      for (const o of box.querySelectorAll("[role=option]")) o.remove();
      for (const s of sites) {
        const o = L.DomUtil.create("div", "sr-only", box);
        o.setAttribute("role", "option");
        o.id = optionId(s);
        o.setAttribute("aria-selected", "false");
        o.textContent = s.name;
        s.marker.getElement()?.setAttribute("tabindex", "-1");
      }
      box.setAttribute(
        "aria-label",
        `Known mining sites on the map, ${sites.length}: ${SITE_KEYS_HELP}`,
      );
      box.tabIndex = sites.length > 0 ? 0 : -1;
      box.hidden = sites.length === 0;
      const again = sites.findIndex((s) => s.id === keep);
      if (active >= 0) activate(again);
    },
    remove() {
      box.remove();
    },
  };
}
