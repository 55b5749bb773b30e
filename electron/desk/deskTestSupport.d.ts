import { HocuspocusProvider } from "@hocuspocus/provider";
import { type ChildProcess } from "node:child_process";
import * as Y from "yjs";
export interface DeskProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** SIGKILL: no shutdown hook runs, nothing debounced gets written. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}
/** Issue an editor's token through the admin command. */
export declare function addEditor(dataDir: string, name: string, readOnly?: boolean): string;
export declare function deskCommand(
  dataDir: string,
  ...args: string[]
): {
  code: number | null;
  stdout: string;
  stderr: string;
};
/** Start `copydesk desk-server` on a free loopback port and wait for its address. */
export declare function startDeskProcess(
  dataDir: string,
  extra?: string[],
  port?: number,
): Promise<DeskProcess>;
export interface Editor {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  close(): void;
}
/** A provider for one desk document, with its own Y.Doc (optionally one already edited). */
export declare function connectEditor(url: string, name: string, token: string, doc?: Y.Doc): Editor;
/** Resolves once the server has acknowledged every change made so far. */
export declare function acknowledged(provider: HocuspocusProvider): Promise<void>;
/** Resolves when the check holds on the document (checked on every update). */
export declare function until(doc: Y.Doc, holds: (doc: Y.Doc) => boolean): Promise<void>;
/** Resolves with the reason when the server refuses the token. */
export declare function refusal(provider: HocuspocusProvider): Promise<string>;
