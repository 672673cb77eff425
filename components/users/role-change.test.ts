import { describe, expect, it } from "vitest";
import { roleChangeQuestion } from "./role-change";

const viewer = { email: "val@patchbay.test", name: "Val", role: "viewer" as const };

describe("the question before a role change", () => {
  it("says what an admin can do when promoting to admin", () => {
    const question = roleChangeQuestion(viewer, "admin", false);
    expect(question.title).toBe("Make val@patchbay.test an admin?");
    expect(question.text).toContain("Val will be able to manage users, connections and secrets");
    expect(question.confirmLabel).toBe("Make admin");
  });

  it("says what is lost when an admin is demoted, and warns an admin demoting themselves", () => {
    expect(roleChangeQuestion({ ...viewer, role: "admin" }, "operator", false)).toMatchObject({ title: "Remove val@patchbay.test's admin role?", confirmLabel: "Make operator" });
    expect(roleChangeQuestion({ ...viewer, role: "admin" }, "viewer", true).text).toContain("You lose this page as soon as you confirm");
  });

  it("describes the other roles plainly, by email when there is no name", () => {
    expect(roleChangeQuestion({ ...viewer, name: "" }, "operator", false)).toMatchObject({
      title: "Make val@patchbay.test an operator?",
      text: "val@patchbay.test will make vendor changes (commits, assignments, enrolments) as well as read. Their open sessions change at once.",
    });
  });
});
