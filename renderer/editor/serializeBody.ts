// The body of an editor state as stored JSON, made once per state: the live review and
// autosave both ask for it after the same pause, and on a long story serializing costs
// tens of milliseconds on the main thread.
import type { EditorState } from "lexical";
import type { ArticleBody } from "../../shared/document/nodes.ts";

const cache = new WeakMap<EditorState, ArticleBody>();

export function serializeBody(state: EditorState): ArticleBody {
  let body = cache.get(state);
  if (!body) {
    body = state.toJSON() as unknown as ArticleBody;
    cache.set(state, body);
  }
  return body;
}
