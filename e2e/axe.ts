/** What every axe check in the suite asks for: WCAG 2.2 A and AA, as the issues require. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The widths every view is checked at: a phone and a desktop. */
export const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
