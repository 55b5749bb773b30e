// A figure as the editor draws it: the picture (kept in the library, or at an address) with
// its alt text, caption and credit edited in place, in their own fields rather than the story.
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $getNodeByKey, type NodeKey } from "lexical";
import { useEffect, useState } from "react";
import { pictureUrl } from "../plugins/figures/pictures.ts";

export interface FigureFields {
  alt: string;
  caption: string;
  credit: string;
}

interface FigureViewProps extends FigureFields {
  nodeKey: NodeKey;
  src: string;
  image: string;
  width?: number;
  height?: number;
}

/** What FigureNode offers its view (named here, not imported, so the two do not import each other). */
interface EditableFigure {
  setField(field: keyof FigureFields, value: string): void;
}

/** The address to draw, "" while a kept picture loads, null when there is none to draw. */
function usePictureSource(image: string, src: string): string | null {
  const [url, setUrl] = useState<string | null>(image ? "" : src && !/^https?:/i.test(src) ? src : null);
  useEffect(() => {
    // A picture on the web is not fetched: Copydesk makes no requests of its own.
    if (!image) return setUrl(src && !/^https?:/i.test(src) ? src : null);
    let live = true;
    pictureUrl(image).then(
      (u) => live && setUrl(u),
      () => live && setUrl(null),
    );
    return () => {
      live = false;
    };
  }, [image, src]);
  return url;
}

const webHost = (src: string) => {
  try {
    return new URL(src).host;
  } catch {
    return src;
  }
};

const LABELS: Record<keyof FigureFields, string> = {
  alt: "Alt text",
  caption: "Caption",
  credit: "Credit",
};

export function FigureView({ nodeKey, src, image, width, height, ...fields }: FigureViewProps) {
  const [editor] = useLexicalComposerContext();
  // Written inside an editor update, so undo and autosave see the change like any other edit.
  const write = (field: keyof FigureFields, value: string) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey) as (EditableFigure & object) | null;
      if (node && "setField" in node) node.setField(field, value);
    });
  const remove = () => editor.update(() => $getNodeByKey(nodeKey)?.remove());
  const url = usePictureSource(image, src);
  const editable = editor.isEditable();
  return (
    <figure className="figure">
      {url ? (
        <img src={url} alt={fields.alt} width={width} height={height} />
      ) : (
        <div className="figure-placeholder">
          {url === ""
            ? "Loading picture…"
            : image
              ? "This picture is not in this library"
              : /^https?:/i.test(src)
                ? `A picture on the web (${webHost(src)}), not fetched: add the file with Picture… to keep it`
                : "No image"}
        </div>
      )}
      <figcaption className="figure-fields">
        {(Object.keys(LABELS) as (keyof FigureFields)[]).map((field) =>
          editable ? (
            <label key={field} className={`figure-${field}`}>
              <span>{LABELS[field]}</span>
              <input
                value={fields[field]}
                placeholder={field === "alt" ? "What the picture shows" : ""}
                onChange={(e) => write(field, e.target.value)}
              />
            </label>
          ) : fields[field] ? (
            <span key={field} className={`figure-${field}`}>
              {fields[field]}
            </span>
          ) : null,
        )}
      </figcaption>
      {editable ? (
        <button type="button" className="figure-remove" onClick={remove}>
          Remove picture
        </button>
      ) : null}
    </figure>
  );
}
