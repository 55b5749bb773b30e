// In the toolbar: put a local story on the desk (once this library has joined one), or say
// that the story is a desk story.
import type { DeskStory } from "./useDeskStory.ts";

export function DeskButton({ desk }: { desk: DeskStory }) {
  if (desk.session) return <span className="desk-badge">On the desk</span>;
  if (!desk.joined) return null;
  return (
    <button type="button" onClick={() => void desk.putOnDesk()}>
      Put on Desk
    </button>
  );
}
