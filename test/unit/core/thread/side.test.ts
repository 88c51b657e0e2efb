import { domainOf, sideOf } from "../../../../src/core/thread/side";

const me = { address: "amy.zhang@sunrisetex.com", aliases: ["sales@sunrise-home.cn"] };
const who = (address: string) => ({ name: "", address });

describe("sideOf", () => {
  it.each([
    ["amy.zhang@sunrisetex.com", "ours"],
    ["AMY.ZHANG@SunriseTex.com", "ours"],
    ["sales@sunrise-home.cn", "ours"],
    ["david.wu@sunrisetex.com", "ours"],
    ["omar@alwaha-trading.ae", "buyer"],
    ["someone@gmail.com", "buyer"],
    ["", "buyer"],
  ])("%s is %s", (address, side) => {
    expect(sideOf(who(address), me)).toBe(side);
  });

  it("does not make strangers colleagues because they share a webmail domain", () => {
    const gmailRep = { address: "amy.sunrise@gmail.com" };
    expect(sideOf(who("buyer.joe@gmail.com"), gmailRep)).toBe("buyer");
    expect(sideOf(who("amy.sunrise@gmail.com"), gmailRep)).toBe("ours");
  });

  it("treats a message without a sender as the buyer's", () => {
    expect(sideOf(null, me)).toBe("buyer");
  });

  it("reads the domain of an address", () => {
    expect(domainOf("a@B.Example.COM")).toBe("b.example.com");
    expect(domainOf("no-at-sign")).toBe("");
  });
});
