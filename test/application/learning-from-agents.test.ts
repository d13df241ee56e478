import { describe, expect, it } from "vitest";
import { AgentCorrections } from "../../src/application/agent-corrections.js";
import { classifyPriority } from "../../src/domain/priority/classify.js";
import { OTHER_REPORTS, PRINTER_REPORTS } from "../fixtures/printer-desk.js";
import { aDesk, C_GLOBEX, DESK_CONFIG, requirePolicy, T_TRIAGE, U_ALICE, U_GREG } from "../support/desk.js";

const PRINTERS = PRINTER_REPORTS;
const OTHERS = OTHER_REPORTS;

describe("a desk that learns from its agents (learnFromAgents: true)", () => {
  it("after its agents have put printer problems at P4 again and again, opens the next one at P4 and tells the client why", async () => {
    const desk = await aDesk({ ...DESK_CONFIG, learnFromAgents: true });
    let ticket = 0;
    for (const text of PRINTERS) {
      await desk.post(U_GREG, C_GLOBEX, text);
      ticket += 1;
      await desk.command(U_ALICE, T_TRIAGE, `priority T-${ticket} P4 printers are P4 here`);
      expect((await desk.store.get(ticket))?.priority, text).toMatchObject({ level: "P4", by: "agent" });
    }
    for (const text of OTHERS) {
      await desk.post(U_GREG, C_GLOBEX, text);
      ticket += 1;
      await desk.command(U_ALICE, T_TRIAGE, `resolve T-${ticket} done`);
      expect((await desk.store.get(ticket))?.status, text).toBe("resolved");
    }

    const text = "the printer on the second floor is broken";
    expect(classifyPriority(text, requirePolicy("managed-helpdesk")).priority).toBe("P3");
    const { message } = await desk.post(U_GREG, C_GLOBEX, text);
    ticket += 1;
    expect((await desk.store.get(ticket))?.priority).toMatchObject({ level: "P4", by: "suggestion" });
    expect(desk.gateway.textsIn(C_GLOBEX, message)[0]).toMatch(
      /\nWhy: this desk's agents rate messages like this P4 \(.*"printer"/,
    );
    // What the agents did not teach it stays with the rules.
    const vpn = await desk.post(U_GREG, C_GLOBEX, "the vpn is down for everyone, no way to work");
    expect((await desk.store.get(ticket + 1))?.priority.level).toBe("P2");
    expect(desk.gateway.textsIn(C_GLOBEX, vpn.message)[0]).not.toContain("this desk's agents");

    // A restarted desk reads what its agents decided back from the store.
    const restarted = new AgentCorrections(requirePolicy);
    await restarted.load(desk.store);
    expect(restarted.suggest(text, requirePolicy("managed-helpdesk")).priority).toBe("P4");
    expect(restarted.summary()).toEqual([
      expect.objectContaining({
        policy: "managed-helpdesk",
        adopted: true,
        examples: PRINTERS.length + OTHERS.length,
      }),
    ]);
  });

  it("without it, the rules alone decide", async () => {
    const desk = await aDesk();
    for (const [index, text] of PRINTERS.entries()) {
      await desk.post(U_GREG, C_GLOBEX, text);
      await desk.command(U_ALICE, T_TRIAGE, `priority T-${index + 1} P4 printers are P4 here`);
    }
    await desk.post(U_GREG, C_GLOBEX, "the printer on the second floor is broken");
    expect((await desk.store.get(PRINTERS.length + 1))?.priority.level).toBe("P3");
  });
});
