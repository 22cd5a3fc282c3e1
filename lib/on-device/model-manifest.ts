import type { ModelFile, ModelManifest } from "./model-manifest-schema";

export type { ModelFile, ModelManifest };
export type ModelDirection = ModelFile["direction"];

/** Mozilla's repository of Firefox Translations models, at a fixed commit (Git LFS media). */
const MOZILLA_MEDIA =
  "https://media.githubusercontent.com/media/mozilla/firefox-translations-models";

const mozilla = (commit: string, folder: string, name: string) =>
  `${MOZILLA_MEDIA}/${commit}/models/tiny/${folder}/${name}`;

/** Sizes and hashes from the Git LFS pointers of those files. */
export const DEFAULT_MODEL_MANIFEST: ModelManifest = {
  version: "firefox-translations-tiny-2024-f8dcd7f",
  origin: "mozilla",
  licence: "MPL-2.0",
  files: [
    {
      name: "model.hien.intgemm.alphas.bin.gz",
      url: mozilla(
        "f8dcd7f32515170c1fcf4e067c7eb04064e376fc",
        "hien",
        "model.hien.intgemm.alphas.bin.gz",
      ),
      size: 12_752_013,
      sha256: "d30d257188bec64fceeb37483a6be8c54f1246583ad4e4f99dda174b630afeb3",
      compression: "gzip",
      direction: "hi-en",
      role: "model",
    },
    {
      name: "vocab.hien.spm.gz",
      url: mozilla("f8dcd7f32515170c1fcf4e067c7eb04064e376fc", "hien", "vocab.hien.spm.gz"),
      size: 430_096,
      sha256: "7554161ff543abf09200b4feec83328259b0acb0e58003d834ad43bac47f6124",
      compression: "gzip",
      direction: "hi-en",
      role: "vocab",
    },
    {
      name: "model.enhi.intgemm.alphas.bin.gz",
      url: mozilla(
        "f8dcd7f32515170c1fcf4e067c7eb04064e376fc",
        "enhi",
        "model.enhi.intgemm.alphas.bin.gz",
      ),
      size: 12_736_263,
      sha256: "751032330fe04b9dd4e1245c4dcf8f58dd6836daa7ed3f3b93be52eb1fca9ba4",
      compression: "gzip",
      direction: "en-hi",
      role: "model",
    },
    {
      name: "lex.50.50.enhi.s2t.bin.gz",
      url: mozilla("f8dcd7f32515170c1fcf4e067c7eb04064e376fc", "enhi", "lex.50.50.enhi.s2t.bin.gz"),
      size: 1_690_062,
      sha256: "ce5f1dd9d4fb343cb6e0da91e4603e50b673b91ea22b50b959a0dc199d4e9dd9",
      compression: "gzip",
      direction: "en-hi",
      role: "shortlist",
    },
    {
      name: "vocab.enhi.spm.gz",
      url: mozilla("4886b27f3c9756fff56005e7abe3fbfa34461209", "enhi", "vocab.enhi.spm.gz"),
      size: 430_026,
      sha256: "bb3bf8252b14fa57100beb371824cf51a7281e833a3becec135721fe679ce076",
      compression: "gzip",
      direction: "en-hi",
      role: "vocab",
    },
  ],
};

export const manifestBytes = (manifest: ModelManifest): number =>
  manifest.files.reduce((total, file) => total + file.size, 0);

export const filesFor = (manifest: ModelManifest, direction: ModelDirection): ModelFile[] =>
  manifest.files.filter((file) => file.direction === direction);
