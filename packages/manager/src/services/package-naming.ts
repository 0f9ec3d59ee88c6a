/**
 * How an acquired update file becomes a package (contract §5): the package
 * name is "DPT-" + the file's name without its extension, "." replaced by
 * "_", cut to 47 characters; the package ID is the name in upper case, cut
 * to 44 characters.
 */
export const PACKAGE_NAME_MAX = 47;
export const PACKAGE_ID_MAX = 44;

const cut = (text: string, max: number) => [...text].slice(0, max).join("");

/** The name of a file without its folders (either kind of separator) and its last extension. */
function stem(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** `windows11.0-kb5031356-x64.msu` → `DPT-windows11_0-kb5031356-x64`. */
export function packageNameFor(fileName: string): string {
  return cut(`DPT-${stem(fileName).replaceAll(".", "_")}`, PACKAGE_NAME_MAX);
}

/** `DPT-windows11_0-kb5031356-x64` → `DPT-WINDOWS11_0-KB5031356-X64`. */
export function packageIdFor(packageName: string): string {
  return cut(packageName.toUpperCase(), PACKAGE_ID_MAX);
}
