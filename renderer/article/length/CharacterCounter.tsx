// "52/70" under the headline or dek: the characters against the library's limit, red past it.
import { characterCount } from "../../../shared/article/length.ts";
import { useLength } from "./lengthStore.ts";
import "./length.css";

export function CharacterCounter({ field, text }: { field: "headline" | "dek"; text: string }) {
  const [{ limits }] = useLength();
  const count = characterCount(text);
  const limit = limits[field];
  const over = count > limit;
  return (
    <span
      className="character-counter"
      data-testid={`${field}-characters`}
      data-over={over}
      aria-live={over ? "polite" : "off"}
      title={over ? `${count - limit} characters over the ${field} limit of ${limit}` : undefined}
    >
      {count}/{limit}
    </span>
  );
}
