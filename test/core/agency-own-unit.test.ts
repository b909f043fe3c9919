/** isOwnUnitKey: which names in a unit's own report mean that unit. */
import { agencyKey } from "../../src/core/agency-key";
import { isOwnUnitKey } from "../../src/core/agency-unit";

describe("isOwnUnitKey", () => {
  it.each([
    ["Ủy ban nhân dân phường", "Ủy ban nhân dân phường Lãm Hà", true],
    ["UBND phường", "Ủy ban nhân dân phường Lãm Hà", true],
    ["UBND", "Ủy ban nhân dân phường Lãm Hà", true],
    ["ỦY BAN NHÂN DÂN PHƯỜNG LÃM HÀ", "Ủy ban nhân dân phường Lãm Hà", true],
    ["Phường Lãm Hà", "Ủy ban nhân dân phường Lãm Hà", true],
    ["UBND phường Lãm Hà", "Phường Lãm Hà", true],
    ["UBND xã", "Ủy ban nhân dân xã Tân Phú", true],
    ["UBND đặc khu", "Ủy ban nhân dân đặc khu Phú Quốc", true],
    ["UBND xã", "Ủy ban nhân dân phường Lãm Hà", false],
    ["UBND phường Nam Sơn", "Ủy ban nhân dân phường Lãm Hà", false],
    ["UBND các phường", "Ủy ban nhân dân phường Lãm Hà", false],
    ["Công an phường", "Ủy ban nhân dân phường Lãm Hà", false],
    ["UBND", "Sở Khoa học và Công nghệ", false],
    ["", "Ủy ban nhân dân phường Lãm Hà", false],
  ])("%j in the report of %j: %s", (name, unit, own) => {
    expect(isOwnUnitKey(agencyKey(name), unit)).toBe(own);
  });
});
