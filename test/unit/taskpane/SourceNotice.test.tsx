/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { SourceNotice } from "../../../src/taskpane/components/SourceNotice";

describe("where the pane read the thread", () => {
  it("says the whole conversation was read, and how many messages", () => {
    const { container } = render(
      <SourceNotice source={{ kind: "graph", messages: 12 }} onSignIn={() => undefined} />
    );
    expect(container.textContent).toBe(
      "Read from the whole conversation in your mailbox (12 messages, through Microsoft Graph)."
    );
  });

  it("says quietly what the quotes may miss when Graph is not set up", () => {
    render(
      <SourceNotice
        source={{ kind: "quoted", why: "not-configured", detail: "" }}
        onSignIn={() => undefined}
      />
    );
    expect(
      screen.getByText(/earlier chases cut from the quote may be missing/).textContent
    ).toContain("set a Microsoft Graph client ID in Settings");
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("offers a sign-in when Graph refused, and runs it", () => {
    const signIn = jest.fn();
    render(
      <SourceNotice source={{ kind: "quoted", why: "consent", detail: "401" }} onSignIn={signIn} />
    );
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(signIn).toHaveBeenCalledTimes(1);
  });

  it("gives the focus, once signed in, to the line that took the button's place", () => {
    const consent = { kind: "quoted", why: "consent", detail: "401" } as const;
    const graph = { kind: "graph", messages: 12 } as const;
    const { rerender } = render(<SourceNotice source={consent} onSignIn={() => undefined} />);
    // Read again without the rep asking (another item): the focus is left where it is.
    rerender(<SourceNotice source={graph} onSignIn={() => undefined} />);
    expect(document.activeElement).toBe(document.body);
    rerender(<SourceNotice source={consent} onSignIn={() => undefined} />);
    const signIn = screen.getByRole("button", { name: "Sign in" });
    signIn.focus();
    fireEvent.click(signIn);
    rerender(<SourceNotice source={graph} onSignIn={() => undefined} />);
    expect(document.activeElement?.textContent).toMatch(/^Read from the whole conversation/);
  });

  it("passes on what went wrong when Graph could not be reached", () => {
    render(
      <SourceNotice
        source={{ kind: "quoted", why: "offline", detail: "connection refused" }}
        onSignIn={() => undefined}
      />
    );
    expect(
      screen.getByText(/Microsoft Graph could not be reached: connection refused/)
    ).toBeTruthy();
  });
});
