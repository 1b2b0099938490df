/** True for a dark colour ('#1f1f1f', '1F1F1F'): relative luminance under 0.18 (mid grey is 0.22). */
export function isDarkColor(hex: string | null | undefined): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec((hex ?? '').trim());
  if (!match?.[1]) return false;
  const value = Number.parseInt(match[1], 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance < 0.18;
}
