// Which files in a folder are stories to import: by their names, as a folder dropped on the
// window or named to `copydesk import` is read (pictures, spreadsheets and hidden files stay).
const STORY_FILE = /\.(txt|text|md|markdown|html?|docx)$/i;

export const isStoryFileName = (name: string) => STORY_FILE.test(name) && !name.startsWith(".");
