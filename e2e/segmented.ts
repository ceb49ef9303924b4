import { expect, type Page } from '@playwright/test';

/** Clicks a segment of a switch, as a person does: its label (the radio itself is visually hidden). */
export async function choose(page: Page, group: string, option: string) {
  const switcher = page.getByRole('group', { name: group });
  await switcher.getByText(option, { exact: true }).click();
  await expect(switcher.getByRole('radio', { name: option, exact: true })).toBeChecked();
}
