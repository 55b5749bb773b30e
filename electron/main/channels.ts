// IPC channel names, shared by the main process and (by value) the preload script.
export const CALL_CHANNEL = "copydesk:call";
export const MENU_CHANNEL = "copydesk:menu";
export const SAVE_FILE_CHANNEL = "copydesk:save-file";
export const CHOOSE_FOLDER_CHANNEL = "copydesk:choose-folder";
