import { afterEach, describe, expect, it, vi } from "vitest";
import type { TicketStore } from "../../src/ports/ticket-store.js";

/** A message as its reader sees it: every text shown, and the labels of its buttons and menus. */
export interface Shown {
  readonly text: string;
  readonly controls: readonly string[];
}

export type Place = "client" | "triage" | "escalation";

/**
 * Drives one chat adapter end to end: the real platform SDK and the desk, against a loopback fake of
 * the platform's servers. The people are Acme's client, two agents and the desk's configuration's
 * on-call (the first agent, this week).
 */
export interface ChatAdapterDriver {
  readonly store: TicketStore;
  readonly people: { readonly client: string; readonly agent: string; readonly otherAgent: string };
  /** The client posts in Acme's channel; resolves with the thread the desk answers in. */
  clientPosts(text: string, inThread?: string): Promise<{ thread: string; redeliver(): Promise<void> }>;
  /** Another bot posts in Acme's channel. */
  botPosts(text: string): Promise<void>;
  /** Someone posts in a ticket's triage thread. */
  postInTriageThread(user: string, ticket: number, text: string): Promise<void>;
  /** A desk command (Slack's `/ticket`), in the client's channel or the triage channel. */
  command(user: string, where: "client" | "triage", text: string): Promise<void>;
  /** Uses a control on the ticket's card by its desk action id: a click, a menu's pick, a form's text. */
  useCard(
    user: string,
    ticket: number,
    action: string,
    input?: { readonly pick?: string; readonly text?: string },
  ): Promise<void>;
  /** Opens the new-ticket form in Acme's channel and submits it. */
  submitNewTicketForm(
    user: string,
    answers: { title: string; description: string; impact: "one" | "team" | "all"; workaround: "yes" | "no" },
  ): Promise<void>;
  /** What the desk posted in a place (a thread of it, when given), oldest first. */
  shown(place: Place, thread?: string): Shown[];
  /** The ticket's card as it reads now (after every update in place). */
  cardOf(ticket: number): Promise<Shown | undefined>;
  /** What was shown to this person only (answers to their commands and clicks). */
  shownOnlyTo(user: string): string[];
  /** Direct messages the desk sent this person. */
  directTo(user: string): Shown[];
  /** The person's home view, as it reads when they open it. */
  home(user: string): Promise<string>;
  /** The platform answers the next `times` sends with its rate-limit reply. */
  throttleNextSends(times: number): void;
  /** Sends that were refused as throttled so far. */
  throttledSends(): number;
  /** Posts an event with a forged signature or token to the desk's endpoint; resolves with the HTTP status. */
  forgedRequest(): Promise<number>;
  /** Anything the desk sent that the platform would render as a mention, link or markup. */
  activeMarkup(): string[];
  /** Moves the desk's clock and runs one reminder tick. */
  tickAt(iso: string): Promise<void>;
  stop(): Promise<void>;
}

const settle = { timeout: 4000, interval: 10 };
const eventually = (check: () => unknown | Promise<unknown>) => vi.waitFor(check, settle);
const texts = (shown: readonly Shown[]) => shown.map((s) => s.text);

/** The behaviour every chat adapter shows its users; run once per platform (and mode). */
export function chatAdapterContract(
  name: string,
  start: () => Promise<ChatAdapterDriver>,
  options: { readonly receivesRequests: boolean },
): void {
  describe(`chat adapter contract: ${name}`, () => {
    let chat: ChatAdapterDriver;
    afterEach(async () => {
      await chat?.stop();
    });
    const ticket = (id: number) => chat.store.get(id);
    /** A client's message, its ticket and the ticket's card in place. */
    const openTicket = async (text = "Our checkout is down for all users") => {
      const posted = await chat.clientPosts(text);
      await eventually(async () => expect((await ticket(1))?.triageThread).toBeDefined());
      await eventually(async () => expect(await chat.cardOf(1)).toBeDefined());
      return posted;
    };

    it("opens a ticket from a client's message, answers in its thread with number and deadlines, and cards it for the agents", async () => {
      chat = await start();
      const { thread } = await chat.clientPosts("Our checkout is down for all users, nobody can pay");
      await eventually(() => expect(chat.shown("client", thread)).toHaveLength(1));
      const answer = chat.shown("client", thread)[0];
      expect(answer?.text).toContain("We have opened T-1");
      expect(answer?.text).toContain("First response:");
      await eventually(async () =>
        expect((await chat.cardOf(1))?.text).toContain("T-1: Our checkout is down"),
      );
      expect((await chat.cardOf(1))?.controls).toEqual(
        expect.arrayContaining(["Claim", "Assign", "Priority", "Post update", "Resolve"]),
      );
    });

    it("ignores a redelivered event: one ticket, one answer", async () => {
      chat = await start();
      const first = await openTicket();
      await first.redeliver();
      await chat.clientPosts("One more detail: it started at 9:00", first.thread);
      await eventually(() =>
        expect(texts(chat.shown("triage")).some((t) => t.includes("it started at 9:00"))).toBe(true),
      );
      expect(texts(chat.shown("client")).filter((t) => t.includes("We have opened"))).toHaveLength(1);
      expect(await ticket(2)).toBeUndefined();
    });

    it("lets an agent claim by command and by the card's button, and updates the card in place", async () => {
      chat = await start();
      await openTicket();
      await chat.command(chat.people.agent, "triage", "claim T-1");
      await eventually(async () => expect((await ticket(1))?.assignee?.id).toBe(chat.people.agent));
      await eventually(async () => expect((await chat.cardOf(1))?.controls).toContain("Unclaim"));
      await chat.command(chat.people.agent, "triage", "unclaim T-1");
      await eventually(async () => expect((await ticket(1))?.assignee).toBeNull());
      await eventually(async () => expect((await chat.cardOf(1))?.controls).toContain("Claim"));
      await chat.useCard(chat.people.otherAgent, 1, "ticket.claim");
      await eventually(async () => expect((await ticket(1))?.assignee?.id).toBe(chat.people.otherAgent));
      await eventually(async () => expect((await chat.cardOf(1))?.text).toMatch(/Status: In progress/));
      expect(texts(chat.shown("triage")).filter((t) => t.includes("T-1: Our checkout"))).toHaveLength(1);
    });

    it("refuses a client's claim politely, only to them, and changes nothing", async () => {
      chat = await start();
      await openTicket();
      await chat.command(chat.people.client, "client", "claim T-1");
      await eventually(() =>
        expect(chat.shownOnlyTo(chat.people.client).join("\n")).toContain(
          "Only the support team can claim tickets",
        ),
      );
      expect((await ticket(1))?.assignee).toBeNull();
      await chat.useCard(chat.people.client, 1, "ticket.resolve");
      await eventually(() => expect(chat.shownOnlyTo(chat.people.client)).toHaveLength(2));
      expect((await ticket(1))?.status).toBe("open");
    });

    it("assigns from the card's people menu, and refuses someone not on the team", async () => {
      chat = await start();
      await openTicket();
      await chat.useCard(chat.people.agent, 1, "ticket.assign", { pick: chat.people.otherAgent });
      await eventually(async () => expect((await ticket(1))?.assignee?.id).toBe(chat.people.otherAgent));
      await eventually(() =>
        expect(texts(chat.directTo(chat.people.otherAgent)).join("\n")).toContain("assigned T-1 to you"),
      );
      await chat.useCard(chat.people.agent, 1, "ticket.assign", { pick: chat.people.client });
      await eventually(() =>
        expect(chat.shownOnlyTo(chat.people.agent).join("\n")).toContain("is not on the support team"),
      );
      expect((await ticket(1))?.assignee?.id).toBe(chat.people.otherAgent);
    });

    it("reprioritises from the card's menu, tells the client, and pages the on-call by direct message and the escalation channel", async () => {
      chat = await start();
      const { thread } = await openTicket("The reports page is slow for me");
      expect((await ticket(1))?.priority.level).not.toBe("P1");
      await chat.useCard(chat.people.agent, 1, "ticket.priority", { pick: "P1" });
      await eventually(async () => expect((await ticket(1))?.priority.level).toBe("P1"));
      await eventually(async () => expect((await chat.cardOf(1))?.text).toMatch(/Priority: P1/));
      await eventually(() =>
        expect(texts(chat.shown("client", thread)).some((t) => t.includes("P1"))).toBe(true),
      );
      await chat.tickAt("2026-03-03T09:01:00+01:00");
      await eventually(() => expect(chat.directTo(chat.people.agent).length).toBeGreaterThan(0));
      const page = chat.directTo(chat.people.agent).find((m) => m.text.includes("Page: T-1"));
      expect(page?.controls.length).toBeGreaterThan(0);
      await eventually(() => expect(texts(chat.shown("escalation")).join("\n")).toContain("Page: T-1"));
    });

    it("relays replies both ways and keeps internal notes internal", async () => {
      chat = await start();
      const { thread } = await openTicket();
      await chat.postInTriageThread(chat.people.agent, 1, "We are on it, failing over now");
      await eventually(() =>
        expect(texts(chat.shown("client", thread)).join("\n")).toContain("We are on it, failing over now"),
      );
      await chat.clientPosts("Thanks, payments work again", thread);
      await eventually(() =>
        expect(texts(chat.shown("triage")).join("\n")).toContain("Thanks, payments work again"),
      );
      await chat.command(chat.people.agent, "triage", "note T-1 root cause is the payment provider");
      await eventually(async () =>
        expect((await ticket(1))?.history.some((h) => h.type === "note")).toBe(true),
      );
      expect(texts(chat.shown("client")).join("\n")).not.toContain("payment provider");
    });

    it("posts an update from the card's form to the client, and resolves from the card", async () => {
      chat = await start();
      const { thread } = await openTicket();
      await chat.useCard(chat.people.agent, 1, "ticket.update", { text: "Failing over to the backup" });
      await eventually(() =>
        expect(texts(chat.shown("client", thread)).join("\n")).toContain("Failing over to the backup"),
      );
      await chat.useCard(chat.people.agent, 1, "ticket.resolve");
      await eventually(async () => expect((await ticket(1))?.status).toBe("resolved"));
      await eventually(async () => expect((await chat.cardOf(1))?.controls).toEqual(["Reopen"]));
    });

    it("opens a ticket from the new-ticket form", async () => {
      chat = await start();
      await chat.submitNewTicketForm(chat.people.client, {
        title: "Exports fail",
        description: "CSV exports time out for everyone",
        impact: "all",
        workaround: "no",
      });
      await eventually(async () => expect((await ticket(1))?.title).toBe("Exports fail"));
      expect((await ticket(1))?.requester.id).toBe(chat.people.client);
      expect((await ticket(1))?.priority.level).toBe("P2");
      await eventually(async () => expect((await chat.cardOf(1))?.text).toContain("CSV exports time out"));
    });

    it("waits out the platform's rate limit and sends everything once, in order", async () => {
      chat = await start();
      chat.throttleNextSends(2);
      const { thread } = await chat.clientPosts("Our checkout is down for all users");
      // The client adds a detail once the answer shows, while the card may still be on its way.
      await eventually(() => expect(chat.shown("client", thread)).toHaveLength(1));
      await chat.clientPosts("Also the invoices page", thread);
      await eventually(() =>
        expect(texts(chat.shown("triage")).join("\n")).toContain("Also the invoices page"),
      );
      expect(chat.throttledSends()).toBe(2);
      expect(texts(chat.shown("client", thread)).filter((t) => t.includes("We have opened"))).toHaveLength(1);
      const triage = texts(chat.shown("triage"));
      expect(triage.findIndex((t) => t.includes("T-1: Our checkout"))).toBeLessThan(
        triage.findIndex((t) => t.includes("Also the invoices page")),
      );
    });

    // Over an outbound socket (Slack's Socket Mode) nobody can send the desk a request at all.
    if (options.receivesRequests)
      it("rejects a forged request and does nothing", async () => {
        chat = await start();
        expect(await chat.forgedRequest()).toBe(401);
        expect(await ticket(1)).toBeUndefined();
      });

    it("shows a client's mentions and markup as plain text that pings and styles nothing", async () => {
      chat = await start();
      const injection = "<!channel> *URGENT* <@U0BOB> @everyone see <https://evil.example|here>";
      const { thread } = await openTicket(injection);
      await chat.postInTriageThread(chat.people.agent, 1, "<!here> _looking_");
      await eventually(() => expect(texts(chat.shown("client", thread)).join("\n")).toContain("looking"));
      expect((await chat.cardOf(1))?.text).toContain("*URGENT*");
      expect(chat.activeMarkup()).toEqual([]);
    });

    it("never opens a ticket for another bot's message", async () => {
      chat = await start();
      await chat.botPosts("Deploy finished");
      await openTicket();
      expect((await ticket(1))?.description).toBe("Our checkout is down for all users");
      expect(await ticket(2)).toBeUndefined();
    });

    it("shows an agent their queue by urgency with time left, and who is on call; a client only how to reach the desk", async () => {
      chat = await start();
      await openTicket("The reports page is slow for me");
      await chat.clientPosts("Our checkout is down for all users, nobody can pay");
      await eventually(async () => expect((await ticket(2))?.triageThread).toBeDefined());
      await chat.command(chat.people.agent, "triage", "claim T-1");
      await chat.command(chat.people.agent, "triage", "claim T-2");
      await eventually(async () => expect((await ticket(2))?.assignee?.id).toBe(chat.people.agent));
      const home = await chat.home(chat.people.agent);
      expect(home).toContain("On call: Alice");
      expect(home).toMatch(/Your open tickets \(2\)/);
      expect(home.indexOf("T-2 [")).toBeLessThan(home.indexOf("T-1 ["));
      expect(home).toMatch(/T-2 \[P\d\] Our checkout is down.*: \w[\w ]* in \d/);
      const client = await chat.home(chat.people.client);
      expect(client).toContain("post in your team's support channel");
      expect(client).not.toContain("T-1");
    });
  });
}
