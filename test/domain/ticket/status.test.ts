import { describe, expect, it } from "vitest";
import { canTransition, IllegalTransitionError, transition } from "../../../src/domain/ticket/status.js";

describe("ticket status machine", () => {
  it("follows a ticket through its usual life", () => {
    let status = transition("T-1", "open", "in_progress");
    status = transition("T-1", status, "answered");
    status = transition("T-1", status, "customer_reply");
    status = transition("T-1", status, "resolved");
    status = transition("T-1", status, "closed");
    expect(status).toBe("closed");
  });
  it("reopens resolved and closed tickets", () => {
    expect(canTransition("resolved", "open")).toBe(true);
    expect(canTransition("closed", "open")).toBe(true);
  });
  it("refuses an illegal move and says what is allowed", () => {
    expect(() => transition("T-1042", "closed", "in_progress")).toThrow(IllegalTransitionError);
    expect(() => transition("T-1042", "resolved", "answered")).toThrow(
      "T-1042 is resolved, so it cannot become answered; from here it can become open, closed",
    );
  });
});
