// A stand-in for Slack's Web API on loopback, for benchmarks: answers what the desk calls, as Slack
// documents it, and notes when each message and answer arrived (performance.now() of this process).
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";

export async function startStandInSlack() {
  let seq = 0;
  const arrivals = { threadPosts: new Map(), responses: new Map(), cards: [] };
  const history = new Map();
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const at = performance.now();
      const path = request.url ?? "";
      if (path.startsWith("/respond/")) {
        arrivals.responses.set(path.split("/")[2], at);
        response.end("ok");
        return;
      }
      const args = Object.fromEntries(new URLSearchParams(body));
      const method = path.replace(/^\/api\//, "").split("?")[0];
      const ts = `1800000000.${String(++seq).padStart(6, "0")}`;
      let answer = { ok: true };
      if (method === "auth.test") answer = { ok: true, user_id: "U0BOT", bot_id: "B0BOT", team_id: "T0" };
      else if (method === "chat.postMessage") {
        if (args.thread_ts !== undefined) {
          const key = `${args.channel}/${args.thread_ts}`;
          if (!arrivals.threadPosts.has(key)) arrivals.threadPosts.set(key, at);
        } else if (args.channel === "C0TRIAGE") arrivals.cards.push(at);
        const stored = history.get(args.channel) ?? [];
        stored.push({
          ts,
          thread_ts: args.thread_ts,
          metadata: args.metadata ? JSON.parse(args.metadata) : undefined,
        });
        history.set(args.channel, stored);
        answer = { ok: true, channel: args.channel, ts };
      } else if (method === "chat.postEphemeral") answer = { ok: true, message_ts: ts };
      else if (method === "conversations.open") answer = { ok: true, channel: { id: `D${args.users}` } };
      else if (method === "conversations.history")
        answer = { ok: true, messages: [...(history.get(args.channel) ?? [])].reverse().slice(0, 100) };
      else if (method === "conversations.replies")
        answer = {
          ok: true,
          messages: (history.get(args.channel) ?? []).filter((m) => m.thread_ts === args.ts),
        };
      else if (method === "users.info")
        answer = {
          ok: true,
          user: { id: args.user, name: "person", profile: { display_name: "Person" }, tz: "UTC" },
        };
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    arrivals,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
