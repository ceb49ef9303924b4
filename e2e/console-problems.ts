import type { Page } from '@playwright/test';

/**
 * Every console error or warning and uncaught error of a page — hydration mismatches among them —
 * except Playwright's own word when it blocks the service worker (playwright.config.ts).
 */
export function collectConsoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}
