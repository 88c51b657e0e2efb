import { officeCall, officeSync } from "../../../../src/hosts/outlook/call";
import { HostError } from "../../../../src/hosts/mailhost";
import { FakeOffice, FAILED, SUCCEEDED } from "../../../fakes/office";

const office = new FakeOffice(null);

describe("officeCall", () => {
  it("resolves with the value of a succeeded call", async () => {
    await expect(
      officeCall(office, "x", (cb) => cb({ status: SUCCEEDED, value: 42 }))
    ).resolves.toBe(42);
  });

  it("rejects a failed call with Outlook's message", async () => {
    const call = officeCall(office, "read the subject", (cb) =>
      cb({ status: FAILED, value: undefined, error: { message: "Item is busy" } })
    );
    await expect(call).rejects.toThrow("Outlook could not read the subject: Item is busy");
  });

  it("rejects a call that throws", async () => {
    const call = officeCall(office, "read the subject", () => {
      throw new Error("boom");
    });
    await expect(call).rejects.toBeInstanceOf(HostError);
  });

  it("rejects a call that never answers, once the timeout passes", async () => {
    await expect(officeCall(office, "read the subject", () => undefined, 20)).rejects.toThrow(
      "Outlook did not answer (read the subject)."
    );
  });

  it("ignores a late answer after the timeout", async () => {
    let late: ((r: { status: unknown; value: number }) => void) | undefined;
    const call = officeCall<number>(office, "x", (cb) => (late = cb), 10);
    await expect(call).rejects.toThrow("did not answer");
    expect(() => late?.({ status: SUCCEEDED, value: 1 })).not.toThrow();
  });
});

describe("officeSync", () => {
  it("turns a throw into a HostError naming the operation", () => {
    expect(() =>
      officeSync("open a reply", () => {
        throw new Error("not allowed");
      })
    ).toThrow("Outlook could not open a reply: not allowed");
  });
});
