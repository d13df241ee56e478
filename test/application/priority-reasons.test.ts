import { describe, expect, it } from "vitest";
import { aDesk, C_ACME, T_TRIAGE, titles, U_ALICE, U_CARLA } from "../support/desk.js";

describe("the reasons behind a suggested priority", () => {
  it("are shown to the client and on the triage card; a suggestion without evidence says so", async () => {
    const desk = await aDesk();
    const { message } = await desk.post(
      U_CARLA,
      C_ACME,
      "Our checkout is down for all users, nobody can pay",
    );
    const ack = desk.gateway.textsIn(C_ACME, message)[0] ?? "";
    expect(ack).toMatch(/^We have opened T-1\. Priority: P2 .*, suggested\.$/m);
    // the rules' reasons first; a question the wording layer adds (it learns from every labelled batch) may follow
    expect(ack).toContain('Why: everyone affected ("for all users"); down or unreachable ("is down")');
    const card = desk.gateway.postsIn(T_TRIAGE)[0]?.message;
    expect(card?.fields?.find((f) => f.label === "Why")?.value).toMatch(
      /^everyone affected \("for all users"\); down or unreachable \("is down"\)/,
    );

    const quiet = await desk.post(U_CARLA, C_ACME, "Following up on our conversation from Tuesday");
    expect(desk.gateway.textsIn(C_ACME, quiet.message)[0]).toContain(
      "Why: nothing in the message says who is affected or what fails.",
    );
  });

  it("read a casual outage report as an outage that pages, with its reasons in the client's words", async () => {
    const desk = await aDesk();
    const { message } = await desk.post(
      U_CARLA,
      C_ACME,
      "hey guys, nobody here can get into the inbox since like 9?? we cant do anything, pls help",
    );
    const ticket = await desk.store.get(1);
    expect(ticket?.priority).toMatchObject({ level: "P2", by: "suggestion" });
    const ack = desk.gateway.textsIn(C_ACME, message)[0] ?? "";
    expect(ack).toContain(
      'Why: everyone affected ("nobody"); down or unreachable ("nobody here can get into")',
    );
    const card = desk.gateway.postsIn(T_TRIAGE)[0]?.message;
    expect(card?.fields?.find((f) => f.label === "Why")?.value).toContain('everyone affected ("nobody")');
    await desk.tickAt("2026-03-03T09:00:00+01:00");
    expect(titles(desk.gateway.dmsTo(U_ALICE.id))).toEqual(["Page: T-1 (P2, Acme)"]);
  });
});
