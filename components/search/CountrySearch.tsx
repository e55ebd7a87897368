"use client";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { type CountryEntry, searchCountries } from "./match";
import "./search.css";

/** The names, fetched the first time the search is used (their chunk is not in the first load). */
let names: Promise<readonly CountryEntry[]> | null = null;
function loadNames(): Promise<readonly CountryEntry[]> {
  names ??= import("./country-list").then((m) => m.COUNTRIES);
  return names;
}

/**
 * Find a country by name (WAI-ARIA combobox with a list box): type part of a name, move with the
 * arrows, Enter opens the highlighted country — or the best match when none is highlighted.
 */
export function CountrySearch({ onChoose }: { onChoose: (iso2: string) => void }) {
  const id = useId();
  const [list, setList] = useState<readonly CountryEntry[] | null>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const load = () => {
    if (!list) void loadNames().then(setList);
  };
  const results = list ? searchCountries(list, query) : [];
  const expanded = open && results.length > 0;
  const choose = (c: CountryEntry) => {
    setQuery("");
    setOpen(false);
    setActive(-1);
    onChoose(c.iso2);
  };
  const onKey = async (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      const last = results.length - 1;
      setActive((a) => (e.key === "ArrowDown" ? (a >= last ? 0 : a + 1) : a <= 0 ? last : a - 1));
    } else if (e.key === "Enter" && query.trim() !== "") {
      e.preventDefault();
      // Typed faster than the names arrived: wait for them, then take the best match.
      const best = results[active] ?? searchCountries(await loadNames(), query)[0];
      if (best) choose(best);
    } else if (e.key === "Escape" && (expanded || query !== "")) {
      e.preventDefault(); // handled here: no card or sheet closes with it
      if (expanded) setOpen(false);
      else setQuery("");
      setActive(-1);
    }
  };
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="country-search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Find a country"
        placeholder="Find a country…"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        value={query}
        onFocus={load}
        onChange={(e) => {
          load();
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKey}
        onBlur={() => setOpen(false)}
      />
      <div id={`${id}-list`} role="listbox" aria-label="Countries" hidden={!expanded}>
        {results.map((c, i) => (
          <div
            key={c.iso2}
            id={optionId(i)}
            role="option"
            // Reached through the input's aria-activedescendant, never by Tab.
            tabIndex={-1}
            aria-selected={i === active}
            // Before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(c);
            }}
          >
            {c.name}
          </div>
        ))}
      </div>
      <p className="sr-only" aria-live="polite">
        {open && list && query.trim() !== ""
          ? results.length === 0
            ? "No country matches"
            : `${results.length} countries match`
          : ""}
      </p>
    </div>
  );
}
