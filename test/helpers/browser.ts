import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Debian's chromium package: the browser the page is tested in (`.ci/run` installs it). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

/** A laptop of a park's office and a phone: the two screens the page is made for. */
export const LAPTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** Starts headless Chromium; with no browser installed the test fails saying what to install. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `the browser tests need Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  // root in a container has no user namespace for Chromium's sandbox
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far: a page that works shows none. */
  problems: string[];
}

/** A new page that records every console error and page error. */
export async function watchedPage(browser: Browser, viewport = LAPTOP): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

/** Opens the page and enters the key in its dialog, as a user does once per browser tab (the API says who it is). */
export async function signIn(page: Page, url: string, key: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('API 密钥', { exact: true }).fill(key);
  await page.getByRole('button', { name: '进入' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** Keeps a screenshot of the page as a test artifact (test-artifacts/, not committed). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The text of the first element of a locator once it shows `expected`: after a click the page
 * answers when the API has, so a test waits for what the user would wait to see, then asserts.
 */
export async function textOnceShown(locator: Locator, expected: string | RegExp): Promise<string> {
  await locator.filter({ hasText: expected }).first().waitFor({ state: 'attached' });
  return (await locator.filter({ hasText: expected }).first().textContent()) ?? '';
}
