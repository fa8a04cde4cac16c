import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The DejaVu fonts shipped in npm (dejavu-fonts-ttf), so charts and PDFs look the same on every
 * machine whatever fonts it has installed. */
const folder = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");

export const FONTS = {
  regular: join(folder, "DejaVuSans.ttf"),
  bold: join(folder, "DejaVuSans-Bold.ttf"),
  italic: join(folder, "DejaVuSans-Oblique.ttf"),
} as const;

export const FONT_FAMILY = "DejaVu Sans";
