// Live attribution review in the editor (issue 4).
export function ReviewPlugin() {
  return null;
}
