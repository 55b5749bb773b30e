// IPC channel names, shared by the main process and (by value) the preload script.
export const CALL_CHANNEL = "copydesk:call";
export const MENU_CHANNEL = "copydesk:menu";
