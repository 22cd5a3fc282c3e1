import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  createModelFileHandler,
  parseRange,
} from "@/app/api/engines/on-device/files/[name]/handler";
import { createOnDeviceManifestHandler } from "@/app/api/engines/on-device/handler";
import { parseEnv } from "@/lib/env";
import { DEFAULT_MODEL_MANIFEST } from "@/lib/on-device/model-manifest";
import { modelManifestSchema } from "@/lib/on-device/model-manifest-schema";

function folderWith(files: Record<string, string>) {
  const folder = mkdtempSync(path.join(tmpdir(), "dvibhashi-on-device-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

const get = (handler: ReturnType<typeof createModelFileHandler>, name: string, range?: string) =>
  handler(
    new Request(`http://localhost/api/engines/on-device/files/${name}`, {
      headers: range ? { Range: range } : {},
    }),
    { params: Promise.resolve({ name }) },
  );

describe("the on-device translator's files", () => {
  it("parses single byte ranges and refuses unsatisfiable ones", () => {
    expect(parseRange(null, 10)).toBeNull();
    expect(parseRange("bytes=4-", 10)).toEqual([4, 9]);
    expect(parseRange("bytes=2-5", 10)).toEqual([2, 5]);
    expect(parseRange("bytes=-3", 10)).toEqual([7, 9]);
    expect(parseRange("bytes=10-", 10)).toBe("invalid");
    expect(parseRange("bytes=1-2,4-5", 10)).toBe("invalid");
  });

  it("serves a manifest-listed file of ON_DEVICE_MODEL_DIR whole or from a Range, and nothing else", async () => {
    const name = DEFAULT_MODEL_MANIFEST.files[1]!.name;
    const folder = folderWith({ [name]: "0123456789", "secret.txt": "no" });
    const handler = createModelFileHandler(() => parseEnv({ ON_DEVICE_MODEL_DIR: folder }));
    const whole = await get(handler, name);
    expect(whole.status).toBe(200);
    expect(await whole.text()).toBe("0123456789");
    const part = await get(handler, name, "bytes=6-");
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 6-9/10");
    expect(await part.text()).toBe("6789");
    expect((await get(handler, name, "bytes=20-")).status).toBe(416);
    expect((await get(handler, "secret.txt")).status).toBe(404);
    expect((await get(handler, "..%2Fsecret.txt")).status).toBe(404);
    // Without a folder the app serves no model files at all.
    expect(
      (
        await get(
          createModelFileHandler(() => parseEnv({})),
          name,
        )
      ).status,
    ).toBe(404);
  });

  it("points the manifest at Mozilla by default, at the operator's URL, or at this server's folder", async () => {
    const manifestFor = async (env: Record<string, string>) =>
      modelManifestSchema.parse(
        await (await createOnDeviceManifestHandler(() => parseEnv(env))()).json(),
      );
    const mozilla = await manifestFor({});
    expect(mozilla.origin).toBe("mozilla");
    expect(mozilla.licence).toBe("MPL-2.0");
    expect(
      mozilla.files.every((file) =>
        file.url.startsWith(
          "https://media.githubusercontent.com/media/mozilla/firefox-translations-models/",
        ),
      ),
    ).toBe(true);

    const mirrored = await manifestFor({ ON_DEVICE_MODEL_URL: "/models/" });
    expect(mirrored.files.map((file) => file.url)).toEqual(
      DEFAULT_MODEL_MANIFEST.files.map((file) => `/models/${file.name}`),
    );
    expect(mirrored.files.map((file) => file.sha256)).toEqual(
      DEFAULT_MODEL_MANIFEST.files.map((file) => file.sha256),
    );

    const folder = await manifestFor({ ON_DEVICE_MODEL_DIR: folderWith({}) });
    expect(folder.origin).toBe("this-server");
    expect(folder.files[0]!.url).toBe(
      `/api/engines/on-device/files/${DEFAULT_MODEL_MANIFEST.files[0]!.name}`,
    );
  });

  it("refuses an ON_DEVICE_MODEL_URL that is neither an address nor a path", () => {
    expect(() => parseEnv({ ON_DEVICE_MODEL_URL: "models" })).toThrow(/ON_DEVICE_MODEL_URL/);
  });
});
