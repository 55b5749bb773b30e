// Type-ahead over the article's sources, then the library's, then "New source “…”".
// Used by the tagging popover, "Add source", merging, and suggestions without a speaker.
import { useEffect, useId, useMemo, useState } from "react";
import type { Source } from "../../shared/api/sourceSchemas.ts";
import { client } from "../client/index.ts";

export interface SourcePickerProps {
  articleId: string;
  /** Listed first: the sources already in this article. */
  articleSources: Source[];
  onChoose: (source: Source) => void;
  onCancel: () => void;
  /** Offer creating a source from the typed name (attached to the article). */
  allowNew?: boolean;
  exclude?: string[];
  label?: string;
}

type Option = { key: string; label: string; hint: string; source?: Source; newName?: string };

/** What the picker offers for the typed words: article sources, library ones, then a new one. */
function pickerOptions(
  query: string,
  library: Source[],
  { articleSources, exclude, allowNew }: { articleSources: Source[]; exclude: string[]; allowNew: boolean },
): Option[] {
  const q = query.trim().toLowerCase();
  const skip = new Set(exclude);
  const fits = (s: Source) =>
    !skip.has(s.id) && (!q || `${s.name} ${s.organization}`.toLowerCase().includes(q));
  const inArticle = articleSources.filter(fits);
  const seen = new Set(inArticle.map((s) => s.id));
  const fromLibrary = library.filter((s) => fits(s) && !seen.has(s.id));
  const describe = (s: Source) => [s.title, s.organization].filter(Boolean).join(", ");
  const list: Option[] = [
    ...inArticle.map((s) => ({
      key: s.id,
      label: s.name,
      hint: describe(s) || "In this article",
      source: s,
    })),
    ...fromLibrary.map((s) => ({ key: s.id, label: s.name, hint: describe(s) || "Library", source: s })),
  ];
  const typed = query.trim().replace(/\s+/g, " ");
  if (allowNew && typed && !list.some((o) => o.label.toLowerCase() === typed.toLowerCase()))
    list.push({ key: "new", label: `New source “${typed}”`, hint: "", newName: typed });
  return list.slice(0, 12);
}

/** The library's sources matching the typed words, looked up a moment after typing stops. */
function useLibraryMatches(query: string): Source[] {
  const [library, setLibrary] = useState<Source[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      client["sources.find"]({ query: query.trim(), limit: 20 })
        .then((found) => live && setLibrary(found))
        .catch(() => live && setLibrary([]));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return library;
}

interface OptionListProps {
  id: string;
  label: string;
  options: Option[];
  current: number;
  onChoose: (option: Option) => void;
  onActive: (index: number) => void;
}

function OptionList({ id, label, options, current, onChoose, onActive }: OptionListProps) {
  return (
    <ul id={id} role="listbox" aria-label={`${label} choices`} className="source-options">
      {options.map((o, i) => (
        <li
          key={o.key}
          role="option"
          aria-selected={i === current}
          className={o.newName ? "new-source" : undefined}
          // mousedown, not click: the input keeps focus until the choice is made.
          onMouseDown={(e) => {
            e.preventDefault();
            onChoose(o);
          }}
          onMouseEnter={() => onActive(i)}
        >
          <span className="option-name">{o.label}</span>
          {o.hint && <span className="muted option-hint">{o.hint}</span>}
        </li>
      ))}
      {options.length === 0 && <li className="muted">Type a name to find or add a source.</li>}
    </ul>
  );
}

export function SourcePicker({
  articleId,
  articleSources,
  onChoose,
  onCancel,
  allowNew = true,
  exclude = [],
  label = "Source",
}: SourcePickerProps) {
  const [query, setQuery] = useState("");
  const library = useLibraryMatches(query);
  const [active, setActive] = useState(0);
  const [error, setError] = useState("");
  const listId = useId();

  const options = useMemo(
    () => pickerOptions(query, library, { articleSources, exclude, allowNew }),
    [query, library, articleSources, exclude, allowNew],
  );

  const choose = async (option: Option | undefined) => {
    if (!option) return;
    if (option.source) return onChoose(option.source);
    try {
      onChoose(await client["sources.create"]({ name: option.newName!, articleId }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const current = Math.min(active, options.length - 1);
  return (
    <div className="source-picker">
      <input
        autoFocus
        role="combobox"
        aria-label={label}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        placeholder="Type a name…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setError("");
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, options.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter") void choose(options[current]);
          else if (e.key === "Escape") onCancel();
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      <OptionList
        id={listId}
        label={label}
        options={options}
        current={current}
        onChoose={(o) => void choose(o)}
        onActive={setActive}
      />
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <button type="button" className="link-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
