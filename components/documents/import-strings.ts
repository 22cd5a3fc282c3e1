/** The import panel's words, given by its caller: i18next in the reader, the server before it. */
export interface ImportStrings {
  urlLabel: string;
  urlPlaceholder: string;
  fromUrl: string;
  importing: string;
  fromFile: string;
  dropHint: string;
  dropHere: string;
}

/** The panel's words from either side's translate function (one list of keys for both). */
export function importStrings(t: (key: `import.${keyof ImportStrings}`) => string): ImportStrings {
  return {
    urlLabel: t("import.urlLabel"),
    urlPlaceholder: t("import.urlPlaceholder"),
    fromUrl: t("import.fromUrl"),
    importing: t("import.importing"),
    fromFile: t("import.fromFile"),
    dropHint: t("import.dropHint"),
    dropHere: t("import.dropHere"),
  };
}
