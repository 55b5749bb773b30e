// `copydesk desk-server`: run the desk server, or manage who may connect to it.
//   copydesk desk-server [--port N] [--host ADDR] [--data DIR] [--redis HOST:PORT]
//   copydesk desk-server add-editor NAME [--read-only] [--data DIR]
//   copydesk desk-server revoke NAME [--data DIR]
//   copydesk desk-server list [--data DIR] [--json]
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { openDeskDatabase } from "../desk/deskDatabase.ts";
import { startDeskServer } from "../desk/deskServer.ts";
import { addEditor, listEditors, revokeEditor } from "../desk/editors.ts";
import type { Command, Output } from "./command.ts";
import { readFlags } from "./flags.ts";

const DEFAULT_PORT = 4870;
const port = z.coerce.number().int().min(0).max(65_535);
const redisAddress = z
  .string()
  .regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, "--redis takes HOST:PORT")
  .transform((value) => {
    const at = value.lastIndexOf(":");
    return { host: value.slice(0, at), port: Number(value.slice(at + 1)) };
  });

function dataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.COPYDESK_DESK_DATA ?? join(homedir(), ".local", "share", "copydesk-desk");
}

function manage(action: string, rest: readonly string[], io: Output, env: NodeJS.ProcessEnv): number {
  const { values, positionals } = readFlags(rest, {
    data: { type: "string" },
    "read-only": { type: "boolean" },
    json: { type: "boolean" },
  });
  const db = openDeskDatabase(dataDir(values.data, env));
  try {
    if (action === "list") {
      const editors = listEditors(db);
      if (values.json) io.out(JSON.stringify({ editors }, null, 2));
      else if (editors.length === 0) io.out("No editors on this desk yet (desk-server add-editor NAME).");
      else
        for (const e of editors)
          io.out(
            `${e.name.padEnd(24)} ${e.role.padEnd(9)} ${e.revokedAt ? `revoked ${e.revokedAt}` : "active"}`,
          );
      return 0;
    }
    const name = positionals.join(" ");
    if (!name) {
      io.err(`copydesk desk-server ${action}: name the editor.`);
      return 2;
    }
    if (action === "revoke") {
      const revoked = revokeEditor(db, name);
      if (revoked) io.out(`${name}'s token no longer opens the desk.`);
      else io.err(`${name} holds no active token on this desk.`);
      return revoked ? 0 : 1;
    }
    const token = addEditor(db, name, values["read-only"] ? "read-only" : "editor");
    io.out(
      values.json
        ? JSON.stringify({ name: name.trim(), token })
        : `Token for ${name.trim()} (shown once):\n${token}`,
    );
    return 0;
  } finally {
    db.close();
  }
}

async function serve(argv: readonly string[], io: Output, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = readFlags(argv, {
    port: { type: "string" },
    host: { type: "string" },
    data: { type: "string" },
    redis: { type: "string" },
  });
  const requested = port.safeParse(values.port ?? DEFAULT_PORT);
  if (!requested.success) {
    io.err(`copydesk desk-server: --port must be a number from 0 to 65535, not "${values.port}".`);
    return 2;
  }
  const redis = values.redis === undefined ? undefined : redisAddress.parse(values.redis);
  const dir = dataDir(values.data, env);
  const server = await startDeskServer({ dataDir: dir, port: requested.data, host: values.host, redis });
  io.out(`Desk server at ${server.url}`);
  io.out(`Desk file: ${join(dir, "copydesk-desk.db")}`);
  if (redis) io.out(`Sharing documents through Redis at ${redis.host}:${redis.port}`);
  io.out("Press Ctrl+C to stop.");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  return 0;
}

export const deskServerCommand: Command = (argv, io, env) => {
  const [first, ...rest] = argv;
  if (first === "add-editor" || first === "revoke" || first === "list") return manage(first, rest, io, env);
  return serve(argv, io, env);
};
